-- Decision 272: a contact person who asked to stop processing (처리정지) is marked, and task planning passes him by.
ALTER TABLE contact_person ADD COLUMN restricted_at TIMESTAMP(3) NULL;
-- The restriction takes the person off his open tasks, and an erasure deletes his tasks: both find them by contact.
ALTER TABLE task ADD KEY ix_task_contact (contact_key);
