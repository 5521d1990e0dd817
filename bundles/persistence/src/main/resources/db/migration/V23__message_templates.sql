-- Message templates (kr.crm.campaign): every save is a new immutable version of its name, so a send log entry's
-- (name, version) always shows the exact text that went out.
CREATE TABLE message_template (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    name            VARCHAR(100)  NOT NULL,
    version         INT           NOT NULL,
    channel         VARCHAR(8)    NOT NULL,
    kind            VARCHAR(16)   NOT NULL,
    sender_name     VARCHAR(100)  NOT NULL,
    sender_contact  VARCHAR(200)  NOT NULL,
    opt_out         VARCHAR(100)  NULL,
    subject         VARCHAR(300)  NULL,
    body            TEXT          NOT NULL,
    created_at      TIMESTAMP(3)  NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_message_template_version (name, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
