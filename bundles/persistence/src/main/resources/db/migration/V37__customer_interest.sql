-- Interest signals (issue 9, part 4): per customer (the survivor of merges), the last open and click of any
-- campaign e-mail and how many fell in the interest window (analytics PID interestDays, default 90), kept from
-- campaign_event for segment rules (recentOpens, recentClicks, daysSinceOpen, daysSinceClick). Rebuilt for the
-- customers of each tracking event and for everyone in the full recompute; safe to lose (it is derived).
CREATE TABLE customer_interest (
    customer_key   VARCHAR(16)   NOT NULL,
    last_open_at   TIMESTAMP(3)  NULL,
    last_click_at  TIMESTAMP(3)  NULL,
    opens_window   INT           NOT NULL DEFAULT 0,
    clicks_window  INT           NOT NULL DEFAULT 0,
    window_days    INT           NOT NULL,
    computed_at    TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (customer_key),
    KEY ix_customer_interest_click (last_click_at),
    KEY ix_customer_interest_open (last_open_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- one customer's tracking events without a scan of every campaign
ALTER TABLE campaign_recipient ADD KEY ix_campaign_recipient_customer (customer_key);
ALTER TABLE campaign_event ADD KEY ix_campaign_event_recipient (recipient_id, kind, at);
