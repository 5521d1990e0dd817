-- Editing segments (issue 8, second pass): a version for optimistic concurrency (an edit names the
-- version it read; a stale one changes nothing and is answered 409) and who edited last.
ALTER TABLE segment
    ADD COLUMN version     BIGINT       NOT NULL DEFAULT 1,
    ADD COLUMN updated_by  VARCHAR(64)  NULL,
    ADD COLUMN updated_at  TIMESTAMP(3) NULL;
