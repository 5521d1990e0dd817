-- Overdue tasks are escalated once (issue 5): when, so that a sweep on another node does not do it
-- again; the sweep finds open tasks by due date.
ALTER TABLE task
    ADD COLUMN escalated_at TIMESTAMP(3) NULL AFTER completed_at,
    ADD KEY ix_task_due (status, due_on);
