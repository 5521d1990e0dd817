-- The customer portal of service requests (issue 11): who asked (as typed on the portal), the files they sent,
-- and per-address submission counters so that a rate limit holds across host nodes.
ALTER TABLE service_request
    ADD COLUMN requester_name    VARCHAR(100) NULL AFTER team,
    ADD COLUMN requester_email   VARCHAR(254) NULL AFTER requester_name,
    ADD COLUMN requester_phone   VARCHAR(40)  NULL AFTER requester_email,
    ADD COLUMN requester_company VARCHAR(200) NULL AFTER requester_phone;

CREATE TABLE service_attachment (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    request_id   BIGINT       NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   INT          NOT NULL,
    data         MEDIUMBLOB   NOT NULL,
    created_at   TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_service_attachment_request (request_id),
    CONSTRAINT fk_service_attachment_request FOREIGN KEY (request_id) REFERENCES service_request (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- address_hash: SHA-256 of the submitting address (the address itself is not kept); one row per address and hour.
CREATE TABLE service_portal_rate (
    address_hash CHAR(64)     NOT NULL,
    window_start TIMESTAMP(0) NOT NULL,
    hits         INT          NOT NULL,
    PRIMARY KEY (address_hash, window_start),
    KEY ix_service_portal_rate_window (window_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
