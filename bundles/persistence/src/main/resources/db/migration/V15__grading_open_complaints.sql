-- The optional rule "an account with an open complaint cannot be S" (issue 5), per policy version,
-- and the open complaints an account was graded with. Open: a COMPLAINT of the contact log that is
-- not RESOLVED and not deleted (V10).
ALTER TABLE grading_policy
    ADD COLUMN open_complaint_not_s BOOLEAN NOT NULL DEFAULT TRUE;

ALTER TABLE account_grade
    ADD COLUMN open_complaints INT NOT NULL DEFAULT 0 AFTER ltv;
