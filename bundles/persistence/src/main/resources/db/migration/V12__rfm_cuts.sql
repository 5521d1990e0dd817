-- The RFM cut points of the last full re-grade (one row): per dimension, the highest value that got
-- score 1, 2, 3 and 4. An order re-grades its account against them instead of ranking every account.
CREATE TABLE grading_rfm_cut (
    id              TINYINT       NOT NULL,
    policy_version  BIGINT        NOT NULL,
    computed_at     TIMESTAMP(3)  NOT NULL,
    population      BIGINT        NOT NULL,
    r1 BIGINT NULL, r2 BIGINT NULL, r3 BIGINT NULL, r4 BIGINT NULL,
    f1 BIGINT NULL, f2 BIGINT NULL, f3 BIGINT NULL, f4 BIGINT NULL,
    m1 DECIMAL(17,2) NULL, m2 DECIMAL(17,2) NULL, m3 DECIMAL(17,2) NULL, m4 DECIMAL(17,2) NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Grading reads every order's customer, status, date, total and margin: the index on
-- (customer_key, ordered_at) grows those columns, so the measures come from the index alone, in
-- customer order, without a temporary table (2,000,000 orders: 2.9 s instead of 30 s on 2 cores).
ALTER TABLE sales_order
    DROP KEY ix_order_customer,
    ADD KEY ix_order_customer (customer_key, ordered_at, status, total_amount, margin);
