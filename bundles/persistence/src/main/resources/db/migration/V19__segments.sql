-- Saved segments (issue 8): rules over customer_measure and the customer fields, the members they
-- select now (refreshed as measures change) and every entry and exit.
CREATE TABLE segment (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    name          VARCHAR(100)  NOT NULL,
    description   VARCHAR(500)  NULL,
    conditions    TEXT          NOT NULL,
    created_by    VARCHAR(64)   NOT NULL,
    created_at    TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_segment_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE segment_member (
    segment_id    BIGINT        NOT NULL,
    customer_key  VARCHAR(16)   NOT NULL,
    entered_at    TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (segment_id, customer_key),
    KEY ix_member_customer (customer_key),
    CONSTRAINT fk_member_segment FOREIGN KEY (segment_id) REFERENCES segment (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE segment_history (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    segment_id    BIGINT        NOT NULL,
    customer_key  VARCHAR(16)   NOT NULL,
    change_kind   VARCHAR(8)    NOT NULL,
    changed_at    TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_history_segment (segment_id, id),
    CONSTRAINT fk_history_segment FOREIGN KEY (segment_id) REFERENCES segment (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
