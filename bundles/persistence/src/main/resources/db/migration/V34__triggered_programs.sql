-- Triggered programs (issue 9 part 3): a customer moment (entering the top grade, a birthday, a founding day), a
-- channel and an advertising template version. Each program sends through a standing campaign of its own
-- (campaign.program_id set; never DONE), whose outbox gets one row per customer or contact person and occasion as
-- moments are found: 'welcome' once per customer, the year for an anniversary. The unique key of the outbox is what
-- sends a moment once, whichever node or run finds it first.
CREATE TABLE triggered_program (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    kind              VARCHAR(20)   NOT NULL,
    channel           VARCHAR(8)    NOT NULL,
    template_name     VARCHAR(100)  NOT NULL,
    template_version  INT           NOT NULL,
    enabled           BOOLEAN       NOT NULL,
    campaign_id       BIGINT        NOT NULL,
    checked_through   TIMESTAMP(3)  NOT NULL,
    version           BIGINT        NOT NULL,
    created_by        VARCHAR(100)  NOT NULL,
    created_at        TIMESTAMP(3)  NOT NULL,
    updated_by        VARCHAR(100)  NOT NULL,
    updated_at        TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_program_campaign (campaign_id),
    CONSTRAINT fk_program_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE campaign ADD COLUMN program_id BIGINT NULL;

ALTER TABLE campaign_recipient
    ADD COLUMN occasion VARCHAR(20) NOT NULL DEFAULT '' AFTER round,
    DROP INDEX uq_campaign_recipient,
    ADD UNIQUE KEY uq_campaign_recipient (campaign_id, round, customer_key, occasion);

