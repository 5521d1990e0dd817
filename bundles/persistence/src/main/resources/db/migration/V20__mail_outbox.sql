-- The transactional mail outbox (kr.crm.mail): a notice is stored before it is sent, so it survives a host that
-- dies; one node at a time sends what is due (lease mail-outbox). dedupe_key makes a writer's retry store nothing.
-- headers: one "Name: value" line each (values are one line, checked before storing).
CREATE TABLE mail_outbox (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    dedupe_key      VARCHAR(191)  NOT NULL,
    category        VARCHAR(64)   NOT NULL,
    purpose         VARCHAR(16)   NOT NULL,
    customer_key    VARCHAR(40)   NULL,
    recipient       VARCHAR(320)  NOT NULL,
    recipient_name  VARCHAR(200)  NULL,
    sender_name     VARCHAR(200)  NULL,
    subject         VARCHAR(900)  NOT NULL,
    body_text       MEDIUMTEXT    NOT NULL,
    body_html       MEDIUMTEXT    NULL,
    headers         TEXT          NULL,
    message_id      VARCHAR(100)  NOT NULL,
    state           VARCHAR(8)    NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    queued_at       TIMESTAMP(3)  NOT NULL,
    next_attempt_at TIMESTAMP(3)  NULL,
    sent_at         TIMESTAMP(3)  NULL,
    last_error      VARCHAR(500)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_mail_outbox_dedupe (dedupe_key),
    KEY ix_mail_outbox_due (state, next_attempt_at),
    KEY ix_mail_outbox_category (category, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
