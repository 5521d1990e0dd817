-- Service requests (issue 11): requests on a customer key with a status flow, their history, the request types
-- with their SLA targets in working hours, the holiday calendar of those hours and the teams escalations go to.
CREATE TABLE service_type (
    code                 VARCHAR(30)  NOT NULL,
    name_ko              VARCHAR(100) NOT NULL,
    name_en              VARCHAR(100) NOT NULL,
    first_response_hours INT          NOT NULL,
    resolution_hours     INT          NOT NULL,
    active               BOOLEAN      NOT NULL DEFAULT TRUE,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO service_type (code, name_ko, name_en, first_response_hours, resolution_hours) VALUES
    ('COMPLAINT', '불편사항', 'Complaint', 4, 24),
    ('REPAIR', '수리/AS', 'Repair / after-sales', 8, 72),
    ('RETURN', '반품', 'Return', 8, 40),
    ('INQUIRY', '문의', 'Inquiry', 8, 16),
    ('DATA_SUBJECT', '개인정보 열람·정정·삭제 요청', 'Data-subject request', 8, 80),
    ('OTHER', '기타', 'Other', 16, 72);

CREATE TABLE service_holiday (
    day  DATE         NOT NULL,
    name VARCHAR(100) NOT NULL,
    PRIMARY KEY (day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Public holidays 2026-2027 (관공서의 공휴일에 관한 규정), substitute holidays (대체공휴일) included; admins
-- maintain the calendar over REST (company holidays, later years, holidays designated at short notice).
INSERT INTO service_holiday (day, name) VALUES
    ('2026-01-01', '신정'),
    ('2026-02-16', '설날 연휴'), ('2026-02-17', '설날'), ('2026-02-18', '설날 연휴'),
    ('2026-03-01', '삼일절'), ('2026-03-02', '대체공휴일(삼일절)'),
    ('2026-05-05', '어린이날'),
    ('2026-05-24', '부처님오신날'), ('2026-05-25', '대체공휴일(부처님오신날)'),
    ('2026-06-03', '전국동시지방선거'),
    ('2026-06-06', '현충일'),
    ('2026-08-15', '광복절'), ('2026-08-17', '대체공휴일(광복절)'),
    ('2026-09-24', '추석 연휴'), ('2026-09-25', '추석'), ('2026-09-26', '추석 연휴'),
    ('2026-10-03', '개천절'), ('2026-10-05', '대체공휴일(개천절)'),
    ('2026-10-09', '한글날'),
    ('2026-12-25', '성탄절'),
    ('2027-01-01', '신정'),
    ('2027-02-06', '설날 연휴'), ('2027-02-07', '설날'), ('2027-02-08', '설날 연휴'), ('2027-02-09', '대체공휴일(설날)'),
    ('2027-03-01', '삼일절'),
    ('2027-05-05', '어린이날'),
    ('2027-05-13', '부처님오신날'),
    ('2027-06-06', '현충일'),
    ('2027-08-15', '광복절'), ('2027-08-16', '대체공휴일(광복절)'),
    ('2027-09-14', '추석 연휴'), ('2027-09-15', '추석'), ('2027-09-16', '추석 연휴'),
    ('2027-10-03', '개천절'), ('2027-10-04', '대체공휴일(개천절)'),
    ('2027-10-09', '한글날'), ('2027-10-11', '대체공휴일(한글날)'),
    ('2027-12-25', '성탄절'), ('2027-12-27', '대체공휴일(성탄절)');

CREATE TABLE service_team (
    name VARCHAR(64) NOT NULL,
    lead VARCHAR(64) NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- open_flag is 1 while the request is neither RESOLVED nor CLOSED, so "open requests of a customer" and the
-- SLA sweep read an index instead of every request.
CREATE TABLE service_request (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    account_key        VARCHAR(16)   NOT NULL,
    contact_key        VARCHAR(16)   NULL,
    order_source       VARCHAR(50)   NULL,
    order_no           VARCHAR(64)   NULL,
    order_line         INT           NULL,
    type               VARCHAR(30)   NOT NULL,
    channel            VARCHAR(12)   NOT NULL,
    priority           VARCHAR(8)    NOT NULL,
    subject            VARCHAR(200)  NOT NULL,
    description        VARCHAR(4000) NOT NULL,
    status             VARCHAR(24)   NOT NULL,
    open_flag          TINYINT AS (IF(status IN ('RESOLVED', 'CLOSED'), 0, 1)) PERSISTENT,
    assignee           VARCHAR(64)   NULL,
    team               VARCHAR(64)   NULL,
    contact_log_id     BIGINT        NULL,
    received_at        TIMESTAMP(3)  NOT NULL,
    first_response_due TIMESTAMP(3)  NOT NULL,
    resolution_due     TIMESTAMP(3)  NOT NULL,
    first_responded_at TIMESTAMP(3)  NULL,
    resolved_at        TIMESTAMP(3)  NULL,
    sla_state          VARCHAR(12)   NOT NULL DEFAULT 'ON_TRACK',
    escalated_at       TIMESTAMP(3)  NULL,
    escalated_to       VARCHAR(64)   NULL,
    created_by         VARCHAR(64)   NOT NULL,
    updated_by         VARCHAR(64)   NOT NULL,
    idempotency_key    VARCHAR(100)  NULL,
    version            BIGINT        NOT NULL,
    created_at         TIMESTAMP(3)  NOT NULL,
    updated_at         TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_service_request_idempotency (idempotency_key),
    UNIQUE KEY uk_service_request_contact_log (contact_log_id),
    KEY ix_service_request_account (account_key, open_flag, created_at),
    KEY ix_service_request_open (open_flag, id),
    KEY ix_service_request_status (status, type, created_at),
    CONSTRAINT fk_service_request_type FOREIGN KEY (type) REFERENCES service_type (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every change of a request: who, when, what, and whether the customer sees it.
CREATE TABLE service_request_change (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    request_id  BIGINT        NOT NULL,
    kind        VARCHAR(12)   NOT NULL,
    from_status VARCHAR(24)   NULL,
    to_status   VARCHAR(24)   NULL,
    comment     VARCHAR(4000) NULL,
    visible     BOOLEAN       NOT NULL,
    by_user     VARCHAR(64)   NOT NULL,
    at          TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_service_request_change (request_id, id),
    CONSTRAINT fk_service_request_change FOREIGN KEY (request_id) REFERENCES service_request (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
