-- Accounts and permissions (issue 10): a password login is locked after too many failures in a row, and every
-- role granted or revoked, and every lock and unlock, is kept in the permission history (3 years).
ALTER TABLE app_user
    ADD COLUMN failed_logins INT          NOT NULL DEFAULT 0,
    ADD COLUMN locked_at     TIMESTAMP(3) NULL;

CREATE TABLE user_permission_history (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    username    VARCHAR(64)  NOT NULL,
    role        VARCHAR(40)  NULL,
    change_kind VARCHAR(10)  NOT NULL,
    by_user     VARCHAR(64)  NOT NULL,
    at          TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_permission_history_user (username, id),
    KEY ix_permission_history_at (at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
