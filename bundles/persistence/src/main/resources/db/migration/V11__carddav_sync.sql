-- CardDAV sync (issue 4): per address book its RFC 6578 sync token, per card the link to a CRM
-- contact person with the card as last agreed (three-way merge base, unknown properties kept), and
-- what every run did.
CREATE TABLE sync_book (
    address_book  VARCHAR(100) NOT NULL,
    sync_token    VARCHAR(1000) NULL,
    updated_at    TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (address_book)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE sync_card (
    address_book     VARCHAR(100)  NOT NULL,
    href             VARCHAR(600)  NOT NULL,
    uid              VARCHAR(255)  NOT NULL,
    etag             VARCHAR(255)  NULL,
    contact_key      VARCHAR(16)   NOT NULL,
    contact_version  BIGINT        NOT NULL,
    base_vcard       MEDIUMTEXT    NOT NULL,
    synced_at        TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (address_book, href),
    KEY ix_sync_card_contact (contact_key),
    KEY ix_sync_card_uid (address_book, uid)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE sync_run (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    address_book    VARCHAR(100)  NOT NULL,
    node            VARCHAR(100)  NOT NULL,
    run_trigger     VARCHAR(64)   NOT NULL,
    mode            VARCHAR(16)   NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    started_at      TIMESTAMP(3)  NOT NULL,
    finished_at     TIMESTAMP(3)  NOT NULL,
    crm_created     INT NOT NULL, crm_updated INT NOT NULL, crm_deleted INT NOT NULL,
    crm_conflicts   INT NOT NULL, crm_errors  INT NOT NULL,
    gw_created      INT NOT NULL, gw_updated  INT NOT NULL, gw_deleted  INT NOT NULL,
    gw_conflicts    INT NOT NULL, gw_errors   INT NOT NULL,
    problems        MEDIUMTEXT    NULL,
    PRIMARY KEY (id),
    KEY ix_sync_run_book (address_book, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
