-- Bounces that arrive later by mail (issue 9, part 4): each delivery status notification (RFC 3464) read from the
-- bounce mailbox, once per notification and recipient (report_key: the notification's Message-ID and the returned
-- message's outbox row, or a SHA-256 of the raw message), so a notification read twice counts once. Unmatched and
-- malformed ones are kept too (no campaign, no row). No addresses: diagnostics are stored with addresses removed.
CREATE TABLE campaign_bounce (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    report_key    VARCHAR(200)  NOT NULL,
    campaign_id   BIGINT        NULL,
    recipient_id  BIGINT        NULL,
    kind          VARCHAR(10)   NOT NULL,
    status        VARCHAR(16)   NULL,
    action        VARCHAR(16)   NULL,
    diagnostic    VARCHAR(500)  NULL,
    reported_at   TIMESTAMP(3)  NULL,
    recorded_at   TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_campaign_bounce (report_key),
    KEY ix_campaign_bounce_campaign (campaign_id, recipient_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A hard-bounced e-mail address (canonical form, as customer.email_key) is left out of later e-mail freezes and
-- skipped at send time until the customer's address changes (a new address is another key).
CREATE TABLE bounce_suppression (
    address_key   VARCHAR(320)  NOT NULL,
    customer_key  VARCHAR(16)   NOT NULL,
    recipient_id  BIGINT        NOT NULL,
    status        VARCHAR(16)   NULL,
    bounced_at    TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (address_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE campaign_recipient
    ADD COLUMN bounce_status VARCHAR(16)  NULL,
    ADD COLUMN bounced_at    TIMESTAMP(3) NULL;
