-- Customer analytics (issue 8): the measures of every customer (persons and companies not merged
-- away) as the last recompute left them, and the RFM cut points of the last full recompute.
-- V17, not V16: another branch takes V16 (Flyway applies out of order, decision 59).
CREATE TABLE customer_measure (
    customer_key      VARCHAR(16)   NOT NULL,
    kind              VARCHAR(8)    NOT NULL,
    first_order_at    TIMESTAMP(3)  NULL,
    last_order_at     TIMESTAMP(3)  NULL,
    orders_total      BIGINT        NOT NULL,
    revenue_total     DECIMAL(17,2) NOT NULL,
    orders            BIGINT        NOT NULL,
    revenue           DECIMAL(17,2) NOT NULL,
    previous_revenue  DECIMAL(17,2) NOT NULL,
    margin            DECIMAL(17,2) NOT NULL,
    margin_estimated  BOOLEAN       NOT NULL,
    recency           TINYINT       NOT NULL,
    frequency         TINYINT       NOT NULL,
    monetary          TINYINT       NOT NULL,
    cell              CHAR(6)       NULL,
    offer_percent     TINYINT       NULL,
    ltv               DECIMAL(17,2) NOT NULL,
    quadrant          VARCHAR(8)    NOT NULL,
    computed_at       TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (customer_key),
    KEY ix_measure_rf (recency, frequency, monetary),
    KEY ix_measure_first (first_order_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE analytics_rfm_cut (
    id              TINYINT       NOT NULL,
    computed_at     TIMESTAMP(3)  NOT NULL,
    window_months   INT           NOT NULL,
    population      BIGINT        NOT NULL,
    r1 BIGINT NULL, r2 BIGINT NULL, r3 BIGINT NULL, r4 BIGINT NULL,
    f1 BIGINT NULL, f2 BIGINT NULL, f3 BIGINT NULL, f4 BIGINT NULL,
    m1 DECIMAL(17,2) NULL, m2 DECIMAL(17,2) NULL, m3 DECIMAL(17,2) NULL, m4 DECIMAL(17,2) NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
