-- The SLA clock pauses while a request waits for the customer (issue 11, decision 114): waiting_since is when the
-- current wait began, NULL while the request is not WAITING_FOR_CUSTOMER. Requests waiting now get the time of
-- their last move into the wait from their history.
ALTER TABLE service_request ADD COLUMN waiting_since TIMESTAMP(3) NULL AFTER resolved_at;

UPDATE service_request r SET waiting_since = (
    SELECT MAX(c.at) FROM service_request_change c
    WHERE c.request_id = r.id AND c.kind = 'STATUS' AND c.to_status = 'WAITING_FOR_CUSTOMER')
WHERE r.status = 'WAITING_FOR_CUSTOMER';
