-- Ownership scoping (issue 10, part 3): a user belongs to at most one team; a crm.manager sees the accounts every
-- member of the team owns. Kept apart from app_user because users a host ERP vouches for have no row there.
CREATE TABLE team_member (
    username   VARCHAR(64)  NOT NULL,
    team       VARCHAR(64)  NOT NULL,
    updated_at TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (username),
    KEY ix_team_member_team (team)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
