-- Merging two customers: one key survives, the other becomes an alias that still resolves.
-- Every row a merge moves is listed, so that undoing it moves exactly those rows back.
ALTER TABLE customer ADD COLUMN merged_into VARCHAR(16) NULL AFTER notes;

CREATE TABLE customer_merge (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    survivor_key  VARCHAR(16)  NOT NULL,
    merged_key    VARCHAR(16)  NOT NULL,
    reason        VARCHAR(500) NOT NULL,
    merged_by     VARCHAR(64)  NOT NULL,
    merged_at     TIMESTAMP(3) NOT NULL,
    undone_by     VARCHAR(64)  NULL,
    undone_at     TIMESTAMP(3) NULL,
    PRIMARY KEY (id),
    KEY ix_merge_survivor (survivor_key),
    KEY ix_merge_merged (merged_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE customer_merge_item (
    merge_id    BIGINT      NOT NULL,
    item_table  VARCHAR(32) NOT NULL,
    item_ref    VARCHAR(32) NOT NULL,
    PRIMARY KEY (merge_id, item_table, item_ref),
    CONSTRAINT fk_merge_item FOREIGN KEY (merge_id) REFERENCES customer_merge (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE customer_alias (
    alias_key     VARCHAR(16) NOT NULL,
    customer_key  VARCHAR(16) NOT NULL,
    merge_id      BIGINT      NOT NULL,
    PRIMARY KEY (alias_key),
    KEY ix_alias_customer (customer_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
