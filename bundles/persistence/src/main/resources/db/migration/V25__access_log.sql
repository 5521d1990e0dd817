-- The access log (접속기록, kr.crm.audit): every access to personal data, append-only and hash-chained.
-- seq is the row's place in the chain (no AUTO_INCREMENT: the writer takes head.seq + 1 under the head's row lock,
-- so the chain stays linear with several nodes). hash = SHA-256 over seq, the content and prev_hash
-- (docs/privacy.md gives the exact layout). at_ms: epoch milliseconds (UTC), hashed as written.
CREATE TABLE access_log (
    seq           BIGINT        NOT NULL,
    at_ms         BIGINT        NOT NULL,
    username      VARCHAR(100)  NOT NULL,
    source        VARCHAR(64)   NOT NULL,
    action        VARCHAR(8)    NOT NULL,
    customer_keys TEXT          NOT NULL,
    row_count     INT           NOT NULL,
    resource      VARCHAR(300)  NOT NULL,
    reason        VARCHAR(500)  NULL,
    prev_hash     CHAR(64)      NOT NULL,
    hash          CHAR(64)      NOT NULL,
    PRIMARY KEY (seq),
    KEY ix_access_log_at (at_ms),
    KEY ix_access_log_action (action, at_ms)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Whose data: one row per customer key of an entry, so that "who saw this person" is an index read.
CREATE TABLE access_log_subject (
    customer_key VARCHAR(40) NOT NULL,
    seq          BIGINT      NOT NULL,
    at_ms        BIGINT      NOT NULL,
    PRIMARY KEY (customer_key, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The chain head: one row, locked (SELECT … FOR UPDATE) by every append. pruned_through: the retention job removed
-- the rows up to this seq (verify starts after it).
CREATE TABLE access_log_head (
    id             TINYINT  NOT NULL,
    seq            BIGINT   NOT NULL,
    hash           CHAR(64) NOT NULL,
    pruned_through BIGINT   NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO access_log_head (id, seq, hash, pruned_through)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 0);

-- Who reviewed which month's report.
CREATE TABLE access_review (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    month       CHAR(7)       NOT NULL,
    reviewer    VARCHAR(100)  NOT NULL,
    note        VARCHAR(1000) NULL,
    reviewed_at TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_access_review_month (month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only, for every database user (root too): no UPDATE at all; DELETE only of rows older than 366 days (the
-- legal minimum), which is how the retention job removes expired rows. Reviews cannot be changed either.
CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'access_log is append-only';

DELIMITER $$
CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log FOR EACH ROW
BEGIN
    IF OLD.at_ms > (UNIX_TIMESTAMP() - 366 * 86400) * 1000 THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'access_log rows are kept at least a year';
    END IF;
END$$
DELIMITER ;

CREATE TRIGGER access_log_subject_no_update BEFORE UPDATE ON access_log_subject FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'access_log_subject is append-only';

DELIMITER $$
CREATE TRIGGER access_log_subject_no_delete BEFORE DELETE ON access_log_subject FOR EACH ROW
BEGIN
    IF OLD.at_ms > (UNIX_TIMESTAMP() - 366 * 86400) * 1000 THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'access_log rows are kept at least a year';
    END IF;
END$$
DELIMITER ;

CREATE TRIGGER access_review_no_update BEFORE UPDATE ON access_review FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'access_review is append-only';

CREATE TRIGGER access_review_no_delete BEFORE DELETE ON access_review FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'access_review is append-only';
