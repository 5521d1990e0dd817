-- Grading of B2B accounts (issue 5): versioned policies, computed grades, overrides kept apart,
-- and the history of every change of the grade in force.
CREATE TABLE grading_policy (
    version         BIGINT       NOT NULL,
    window_months   INT          NOT NULL,
    no_orders_is_d  BOOLEAN      NOT NULL,
    created_by      VARCHAR(64)  NOT NULL,
    created_at      TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE grading_band (
    policy_version  BIGINT        NOT NULL,
    grade           CHAR(1)       NOT NULL,
    min_revenue     DECIMAL(17,2) NOT NULL,
    min_orders      INT           NOT NULL,
    min_rfm         INT           NOT NULL,
    PRIMARY KEY (policy_version, grade),
    CONSTRAINT fk_band_policy FOREIGN KEY (policy_version) REFERENCES grading_policy (version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The default policy (docs/grading.md): 12 months; S 500M KRW, 12 orders, RFM 12; A 100M, 4 orders;
-- B 20M, 2 orders; C any order; D no order in the window.
INSERT INTO grading_policy (version, window_months, no_orders_is_d, created_by, created_at)
VALUES (1, 12, TRUE, 'default', CURRENT_TIMESTAMP(3));
INSERT INTO grading_band (policy_version, grade, min_revenue, min_orders, min_rfm) VALUES
    (1, 'S', 500000000, 12, 12),
    (1, 'A', 100000000, 4, 0),
    (1, 'B', 20000000, 2, 0),
    (1, 'C', 0, 1, 0);

CREATE TABLE account_grade (
    account_key     VARCHAR(16)   NOT NULL,
    grade           CHAR(1)       NOT NULL,
    computed        CHAR(1)       NOT NULL,
    policy_version  BIGINT        NOT NULL,
    revenue         DECIMAL(17,2) NOT NULL,
    orders          BIGINT        NOT NULL,
    margin          DECIMAL(17,2) NULL,
    last_order_at   TIMESTAMP(3)  NULL,
    recency         TINYINT       NOT NULL,
    frequency       TINYINT       NOT NULL,
    monetary        TINYINT       NOT NULL,
    reasons         VARCHAR(1000) NOT NULL,
    computed_at     TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (account_key),
    KEY ix_grade (grade)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE grade_override (
    account_key  VARCHAR(16)  NOT NULL,
    grade        CHAR(1)      NOT NULL,
    reason       VARCHAR(500) NOT NULL,
    expires_on   DATE         NOT NULL,
    set_by       VARCHAR(64)  NOT NULL,
    set_at       TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (account_key),
    KEY ix_override_expiry (expires_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE grade_history (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    account_key     VARCHAR(16)   NOT NULL,
    from_grade      CHAR(1)       NULL,
    to_grade        CHAR(1)       NOT NULL,
    why             VARCHAR(1000) NOT NULL,
    changed_at      TIMESTAMP(3)  NOT NULL,
    policy_version  BIGINT        NULL,
    by_user         VARCHAR(64)   NULL,
    PRIMARY KEY (id),
    KEY ix_history_account (account_key, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
