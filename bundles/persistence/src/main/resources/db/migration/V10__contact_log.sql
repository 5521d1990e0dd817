-- Contact log of accounts (issue 6): visits, calls, DM, e-mails, complaints (불편사항), event plans.
-- status is the complaint status (OPEN, IN_PROGRESS, RESOLVED), null for other types, so "has this account an
-- open complaint" is: type = 'COMPLAINT' AND status <> 'RESOLVED' AND deleted_at IS NULL (index ix_contact_log_status).
CREATE TABLE contact_log (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    account_key       VARCHAR(16)   NOT NULL,
    contact_key       VARCHAR(16)   NULL,
    type              VARCHAR(12)   NOT NULL,
    occurred_at       TIMESTAMP(3)  NOT NULL,
    summary           VARCHAR(2000) NOT NULL,
    outcome           VARCHAR(1000) NULL,
    next_step         VARCHAR(1000) NULL,
    attachment_url    VARCHAR(1000) NULL,
    status            VARCHAR(12)   NULL,
    completed_task_id BIGINT        NULL,
    author            VARCHAR(64)   NOT NULL,
    updated_by        VARCHAR(64)   NOT NULL,
    idempotency_key   VARCHAR(100)  NULL,
    version           BIGINT        NOT NULL,
    created_at        TIMESTAMP(3)  NOT NULL,
    updated_at        TIMESTAMP(3)  NOT NULL,
    deleted_at        TIMESTAMP(3)  NULL,
    deleted_by        VARCHAR(64)   NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_contact_log_idempotency (idempotency_key),
    KEY ix_contact_log_account (account_key, occurred_at),
    KEY ix_contact_log_status (account_key, type, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An entry as it was before each change (edit, status change, delete): the edit history.
CREATE TABLE contact_log_revision (
    log_id          BIGINT        NOT NULL,
    version         BIGINT        NOT NULL,
    account_key     VARCHAR(16)   NOT NULL,
    contact_key     VARCHAR(16)   NULL,
    type            VARCHAR(12)   NOT NULL,
    occurred_at     TIMESTAMP(3)  NOT NULL,
    summary         VARCHAR(2000) NOT NULL,
    outcome         VARCHAR(1000) NULL,
    next_step       VARCHAR(1000) NULL,
    attachment_url  VARCHAR(1000) NULL,
    status          VARCHAR(12)   NULL,
    updated_by      VARCHAR(64)   NOT NULL,
    updated_at      TIMESTAMP(3)  NOT NULL,
    changed_by      VARCHAR(64)   NOT NULL,
    changed_at      TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (log_id, version),
    CONSTRAINT fk_contact_log_revision FOREIGN KEY (log_id) REFERENCES contact_log (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
