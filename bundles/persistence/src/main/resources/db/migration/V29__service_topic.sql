-- Issue 11 reports: the topic staff file a request under (a code of the service configuration's topic list, e.g.
-- QUALITY or DELIVERY), so "top complaint topics per account" counts like with like; null until classified.
ALTER TABLE service_request ADD COLUMN topic VARCHAR(40) NULL AFTER subject;
-- The reports select requests by when they were received.
ALTER TABLE service_request ADD KEY ix_service_request_received (received_at, type);
ALTER TABLE service_request ADD KEY ix_service_request_topic (type, account_key, topic);
