-- Retention and purge (issue 10, part 4): the destruction log (파기 기록: what, whose key, how many rows, when, how,
-- by which rule; no personal data), the mark of an anonymised customer, the mark of a CardDAV card whose contact was
-- destroyed (the next sync deletes it on the server whatever was edited there), and data-subject requests as service
-- requests of type DATA_SUBJECT with the right exercised and the legal 10-day due date.
CREATE TABLE destruction_log (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    category     VARCHAR(32)   NOT NULL,
    subject_key  VARCHAR(40)   NULL,
    method       VARCHAR(12)   NOT NULL,
    rule_text    VARCHAR(200)  NOT NULL,
    counts       VARCHAR(1000) NOT NULL,
    request_id   BIGINT        NULL,
    destroyed_by VARCHAR(64)   NOT NULL,
    destroyed_at TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_destruction_at (destroyed_at),
    KEY ix_destruction_subject (subject_key),
    KEY ix_destruction_category (category, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER destruction_log_no_update BEFORE UPDATE ON destruction_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'destruction_log is append-only';

DELIMITER $$
CREATE TRIGGER destruction_log_no_delete BEFORE DELETE ON destruction_log FOR EACH ROW
BEGIN
    IF OLD.destroyed_at > NOW(3) - INTERVAL 3 YEAR THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'destruction_log rows are kept at least 3 years';
    END IF;
END$$
DELIMITER ;

ALTER TABLE customer ADD COLUMN anonymised_at TIMESTAMP(3) NULL AFTER merged_into;

ALTER TABLE sync_card ADD COLUMN purged_at TIMESTAMP(3) NULL AFTER synced_at;

CREATE TABLE data_subject_request (
    request_id    BIGINT        NOT NULL,
    subject_key   VARCHAR(16)   NOT NULL,
    subject_right VARCHAR(12)   NOT NULL,
    legal_due_at  TIMESTAMP(3)  NOT NULL,
    gathered_at   TIMESTAMP(3)  NULL,
    executed_at   TIMESTAMP(3)  NULL,
    executed_by   VARCHAR(64)   NULL,
    outcome       VARCHAR(1000) NULL,
    PRIMARY KEY (request_id),
    KEY ix_dsr_subject (subject_key),
    KEY ix_dsr_due (executed_at, legal_due_at),
    CONSTRAINT fk_dsr_request FOREIGN KEY (request_id) REFERENCES service_request (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
