-- Consent as evidence (kr.crm.consent): rows are only added. A consent's subject is a customer or contact person
-- key as it was when recorded; merges move no consent row: the consent bundle reads the survivor's key together
-- with the keys standing merged into it, so a merge and its undo both leave every record where it was given.
CREATE TABLE consent_record (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    subject_key       VARCHAR(40)   NOT NULL,
    channel           VARCHAR(8)    NOT NULL,
    purpose           VARCHAR(20)   NOT NULL,
    granted           BOOLEAN       NOT NULL,
    method            VARCHAR(20)   NOT NULL,
    notice_version    VARCHAR(64)   NOT NULL,
    evidence          VARCHAR(1000) NULL,
    occurred_at       TIMESTAMP(3)  NOT NULL,
    recorded_at       TIMESTAMP(3)  NOT NULL,
    recorded_by       VARCHAR(100)  NOT NULL,
    notice_due_at     TIMESTAMP(3)  NOT NULL,
    notice_sent_at    TIMESTAMP(3)  NULL,
    reconfirm_due_at  TIMESTAMP(3)  NULL,
    reconfirmed_at    TIMESTAMP(3)  NULL,
    PRIMARY KEY (id),
    KEY ix_consent_subject (subject_key, channel, purpose, occurred_at),
    KEY ix_consent_reconfirm (reconfirm_due_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 수신거부 keyed on the customer key and/or the normalised address or number (address_key); channel NULL = all.
CREATE TABLE opt_out (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    customer_key    VARCHAR(40)   NULL,
    channel         VARCHAR(8)    NULL,
    address_key     VARCHAR(320)  NULL,
    method          VARCHAR(20)   NOT NULL,
    evidence        VARCHAR(1000) NULL,
    recorded_at     TIMESTAMP(3)  NOT NULL,
    recorded_by     VARCHAR(100)  NOT NULL,
    notice_sent_at  TIMESTAMP(3)  NULL,
    PRIMARY KEY (id),
    KEY ix_opt_out_customer (customer_key),
    KEY ix_opt_out_address (address_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
