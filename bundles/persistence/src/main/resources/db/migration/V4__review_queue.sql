-- Uncertain matches wait here for an admin: the party was given a key of its own, and this row
-- says which existing customer it may be the same as, with the score and the rule.
CREATE TABLE match_review (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    customer_key   VARCHAR(16)  NOT NULL,
    candidate_key  VARCHAR(16)  NOT NULL,
    source         VARCHAR(40)  NOT NULL,
    score          INT          NOT NULL,
    rule           VARCHAR(40)  NOT NULL,
    status         VARCHAR(10)  NOT NULL,
    created_at     TIMESTAMP(3) NOT NULL,
    resolved_by    VARCHAR(64)  NULL,
    resolved_at    TIMESTAMP(3) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_review_pair (customer_key, candidate_key),
    KEY ix_review_status (status, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
