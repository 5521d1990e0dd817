-- Lifetime value and margin in grading policies (issue 5): the LTV parameters of each policy
-- version (defaults: retention 75 %, discount 10 %, margin 10 % of revenue where orders carry
-- none), optional margin and LTV minima per band, and the LTV an account was graded with.
ALTER TABLE grading_policy
    ADD COLUMN retention_rate      DECIMAL(5,4) NOT NULL DEFAULT 0.7500,
    ADD COLUMN discount_rate       DECIMAL(5,4) NOT NULL DEFAULT 0.1000,
    ADD COLUMN default_margin_rate DECIMAL(5,4) NOT NULL DEFAULT 0.1000;

ALTER TABLE grading_band
    ADD COLUMN min_margin DECIMAL(17,2) NULL,
    ADD COLUMN min_ltv    DECIMAL(17,2) NULL;

ALTER TABLE account_grade
    ADD COLUMN ltv DECIMAL(17,2) NULL AFTER monetary;
