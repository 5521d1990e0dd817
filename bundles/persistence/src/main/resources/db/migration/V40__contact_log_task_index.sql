-- Decision 261: a retried contact-log entry asks whether any entry already names the task it completes.
ALTER TABLE contact_log ADD KEY ix_contact_log_task (completed_task_id);
