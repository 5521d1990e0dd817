-- Issue 10: a change of a user's team changes which accounts a manager sees, so it is kept in the permission history
-- like a role: kind TEAM, with the team joined (NULL: left every team).
ALTER TABLE user_permission_history
    ADD COLUMN team VARCHAR(64) NULL AFTER role;
