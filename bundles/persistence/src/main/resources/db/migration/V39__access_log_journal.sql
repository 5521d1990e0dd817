-- Issue 10, decision 259: how far each node's access-log journal file has been copied into access_log. The mark moves
-- in the transaction that appends the copied rows, so a copy retried after a lost commit finds it moved and appends
-- nothing twice.
CREATE TABLE access_log_journal (
    journal_id VARCHAR(80) NOT NULL PRIMARY KEY,
    copied_through BIGINT NOT NULL,
    updated_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
