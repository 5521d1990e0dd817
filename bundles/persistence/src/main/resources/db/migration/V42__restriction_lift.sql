-- Decision 272: a carried-out restriction (처리정지) can be lifted on its case; who lifted it and when.
ALTER TABLE data_subject_request
    ADD COLUMN lifted_at TIMESTAMP(3) NULL,
    ADD COLUMN lifted_by VARCHAR(64)  NULL;
