-- The identity index: every identifying value any channel (or the CRM itself) gave for a customer,
-- as entered and canonical. It is the match index and the record of which source said what, when.
CREATE TABLE customer_identity (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    customer_key  VARCHAR(16)  NOT NULL,
    source        VARCHAR(40)  NOT NULL,
    kind          VARCHAR(8)   NOT NULL,
    entered       VARCHAR(254) NOT NULL,
    canonical     VARCHAR(254) NULL,
    valid         BOOLEAN      NOT NULL,
    first_seen    TIMESTAMP(3) NOT NULL,
    last_seen     TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_identity (customer_key, source, kind, entered),
    KEY ix_identity_match (kind, canonical)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Sales orders, one row per (source, order number), each linked to one customer key.
CREATE TABLE sales_order (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    source        VARCHAR(40)   NOT NULL,
    order_no      VARCHAR(64)   NOT NULL,
    customer_key  VARCHAR(16)   NOT NULL,
    ordered_at    TIMESTAMP(3)  NOT NULL,
    status        VARCHAR(10)   NOT NULL,
    currency      CHAR(3)       NOT NULL,
    total_amount  DECIMAL(15,2) NOT NULL,
    margin        DECIMAL(15,2) NULL,
    received_at   TIMESTAMP(3)  NOT NULL,
    updated_at    TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_order (source, order_no),
    KEY ix_order_customer (customer_key, ordered_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE order_line (
    order_id      BIGINT        NOT NULL,
    line_no       INT           NOT NULL,
    product_code  VARCHAR(64)   NULL,
    product_name  VARCHAR(200)  NULL,
    category      VARCHAR(100)  NULL,
    quantity      DECIMAL(12,3) NULL,
    unit_price    DECIMAL(15,2) NULL,
    amount        DECIMAL(15,2) NULL,
    margin        DECIMAL(15,2) NULL,
    PRIMARY KEY (order_id, line_no),
    CONSTRAINT fk_line_order FOREIGN KEY (order_id) REFERENCES sales_order (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
