-- Campaigns (kr.crm.campaign, issue 9 part 2): segment + template version + channel + start time. Launching one
-- freezes its recipients into campaign_recipient (one row per customer, with the lawful basis found at launch);
-- the sender moves each row PENDING -> SENDING -> SENT / FAILED / SKIPPED under the lease campaign-sender.
CREATE TABLE campaign (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    name              VARCHAR(200)  NOT NULL,
    segment_id        BIGINT        NOT NULL,
    template_name     VARCHAR(100)  NOT NULL,
    template_version  INT           NOT NULL,
    channel           VARCHAR(8)    NOT NULL,
    goods_kind        VARCHAR(100)  NULL,
    start_at          TIMESTAMP(3)  NULL,
    state             VARCHAR(8)    NOT NULL,
    segment_size      INT           NULL,
    frozen            INT           NULL,
    created_by        VARCHAR(100)  NOT NULL,
    created_at        TIMESTAMP(3)  NOT NULL,
    launched_at       TIMESTAMP(3)  NULL,
    launched_by       VARCHAR(100)  NULL,
    finished_at       TIMESTAMP(3)  NULL,
    updated_at        TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_campaign_state (state, start_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The per-recipient outbox. address is the e-mail or number at launch; not_before holds a row (start time, night
-- hold). Its Message-ID is campaign-{campaign}-{row}, the same again on a resend after a crash.
CREATE TABLE campaign_recipient (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    campaign_id    BIGINT        NOT NULL,
    customer_key   VARCHAR(16)   NOT NULL,
    address        VARCHAR(320)  NOT NULL,
    domain         VARCHAR(255)  NOT NULL,
    recipient_name VARCHAR(200)  NULL,
    basis          VARCHAR(12)   NOT NULL,
    consent_id     BIGINT        NULL,
    state          VARCHAR(8)    NOT NULL,
    not_before     TIMESTAMP(3)  NULL,
    attempts       INT           NOT NULL DEFAULT 0,
    claimed_at     TIMESTAMP(3)  NULL,
    done_at        TIMESTAMP(3)  NULL,
    last_error     VARCHAR(500)  NULL,
    bounced        BOOLEAN       NOT NULL DEFAULT FALSE,
    opens          INT           NOT NULL DEFAULT 0,
    clicks         INT           NOT NULL DEFAULT 0,
    first_open_at  TIMESTAMP(3)  NULL,
    last_click_at  TIMESTAMP(3)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_campaign_recipient (campaign_id, customer_key),
    KEY ix_campaign_recipient_due (campaign_id, state, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only send log: one row per message that went out (or was stopped at send time), with what made it lawful.
CREATE TABLE campaign_send_log (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    campaign_id       BIGINT        NOT NULL,
    recipient_id      BIGINT        NOT NULL,
    customer_key      VARCHAR(16)   NOT NULL,
    channel           VARCHAR(8)    NOT NULL,
    template_name     VARCHAR(100)  NOT NULL,
    template_version  INT           NOT NULL,
    outcome           VARCHAR(8)    NOT NULL,
    basis             VARCHAR(12)   NULL,
    consent_id        BIGINT        NULL,
    basis_detail      VARCHAR(500)  NULL,
    message_id        VARCHAR(200)  NULL,
    logged_at         TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_send_log_recipient (recipient_id, id),
    KEY ix_send_log_customer (customer_key, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Opens (pixel) and clicks (redirect), each as it came; the recipient row keeps the counts.
CREATE TABLE campaign_event (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    recipient_id  BIGINT        NOT NULL,
    campaign_id   BIGINT        NOT NULL,
    kind          VARCHAR(8)    NOT NULL,
    url           VARCHAR(1000) NULL,
    at            TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_campaign_event (campaign_id, kind)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
