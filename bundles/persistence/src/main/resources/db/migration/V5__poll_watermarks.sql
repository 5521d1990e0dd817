-- Where each database poll connector stands: the watermark of the last order it took in.
CREATE TABLE poll_watermark (
    name        VARCHAR(64)  NOT NULL,
    value       VARCHAR(64)  NOT NULL,
    updated_at  TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
