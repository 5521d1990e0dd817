-- Resend to unopened (issue 9): once, resend_after_minutes after the first round is done, with another subject and
-- sender name. The resend's rows are round 1 of the same campaign's outbox (one row per customer and round).
ALTER TABLE campaign
    ADD COLUMN resend_subject        VARCHAR(300) NULL,
    ADD COLUMN resend_sender_name    VARCHAR(100) NULL,
    ADD COLUMN resend_after_minutes  INT          NULL,
    ADD COLUMN resend_started_at     TIMESTAMP(3) NULL,
    ADD COLUMN resent                INT          NULL;

ALTER TABLE campaign_recipient
    ADD COLUMN round TINYINT NOT NULL DEFAULT 0 AFTER campaign_id,
    DROP INDEX uq_campaign_recipient,
    ADD UNIQUE KEY uq_campaign_recipient (campaign_id, round, customer_key);
