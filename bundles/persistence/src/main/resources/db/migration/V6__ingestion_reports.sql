-- Per-source ingestion counts by day and outcome, and the rejected orders with their reasons.
CREATE TABLE ingest_stat (
    source   VARCHAR(40) NOT NULL,
    day      DATE        NOT NULL,
    outcome  VARCHAR(14) NOT NULL,
    n        BIGINT      NOT NULL,
    PRIMARY KEY (source, day, outcome)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ingest_rejection (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    source    VARCHAR(40)  NOT NULL,
    order_no  VARCHAR(64)  NULL,
    field     VARCHAR(100) NULL,
    reason    VARCHAR(500) NOT NULL,
    at        TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_rejection_source (source, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
