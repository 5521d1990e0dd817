-- The compaction scan (IdentityMapper.sharedValues) reads every strong value in (kind, canonical)
-- order with the customer holding it. Without customer_key in the index each value cost a lookup of
-- its row (129,000 a page on the million-customer bench, 3.4 s a page); with it the scan reads the
-- index alone. The holder lookup of order linking (holderKeys) reads only these columns as well.
-- A wider index rather than a second one (as decision 45): one index to keep up on every insert.
ALTER TABLE customer_identity
    DROP KEY ix_identity_match,
    ADD KEY ix_identity_match (kind, canonical, customer_key);
