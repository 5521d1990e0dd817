-- Satisfaction survey of service requests (issue 11): one answer per resolution of a request (a reopened request
-- resolved again is asked again, decision 110), with the assignee and type the request had when it was resolved,
-- so reports per assignee and per type stay as they were answered. answered_at orders the reports by period.
CREATE TABLE service_survey (
    request_id  BIGINT        NOT NULL,
    resolved_at TIMESTAMP(3)  NOT NULL,
    score       TINYINT       NOT NULL,
    comment     VARCHAR(1000) NULL,
    assignee    VARCHAR(64)   NULL,
    type        VARCHAR(30)   NOT NULL,
    answered_at TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (request_id, resolved_at),
    KEY ix_service_survey_answered (answered_at, type),
    CONSTRAINT ck_service_survey_score CHECK (score BETWEEN 1 AND 5),
    CONSTRAINT fk_service_survey_request FOREIGN KEY (request_id) REFERENCES service_request (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
