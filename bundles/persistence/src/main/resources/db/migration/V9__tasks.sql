-- Reps' tasks planned by the per-grade action rules (issue 5). open_key is set only while a task is
-- open, so the unique key allows one open task per rule and account and any number of closed ones.
CREATE TABLE task (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    account_key   VARCHAR(16)   NOT NULL,
    contact_key   VARCHAR(16)   NULL,
    owner_rep     VARCHAR(64)   NOT NULL,
    type          VARCHAR(8)    NOT NULL,
    due_on        DATE          NOT NULL,
    why           VARCHAR(500)  NOT NULL,
    rule_id       VARCHAR(40)   NULL,
    status        VARCHAR(10)   NOT NULL,
    outcome       VARCHAR(16)   NULL,
    note          VARCHAR(1000) NULL,
    completed_by  VARCHAR(64)   NULL,
    completed_at  TIMESTAMP(3)  NULL,
    version       BIGINT        NOT NULL,
    created_at    TIMESTAMP(3)  NOT NULL,
    updated_at    TIMESTAMP(3)  NOT NULL,
    open_key      VARCHAR(60)   AS (CASE WHEN status = 'OPEN' AND rule_id IS NOT NULL
                                         THEN CONCAT(rule_id, '|', account_key) END) PERSISTENT,
    PRIMARY KEY (id),
    UNIQUE KEY uk_task_open (open_key),
    KEY ix_task_rep (owner_rep, status, due_on),
    KEY ix_task_account (account_key, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
