-- Customer master, contact persons and the standalone user directory.
-- utf8mb4 everywhere: Korean and emoji in, the same bytes out.

CREATE TABLE customer (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    customer_key      VARCHAR(16)  NOT NULL,
    kind              VARCHAR(8)   NOT NULL,
    name              VARCHAR(200) NOT NULL,
    name_key          VARCHAR(200) NOT NULL,
    phone             VARCHAR(40)  NULL,
    phone_key         VARCHAR(20)  NULL,
    email             VARCHAR(254) NULL,
    email_key         VARCHAR(254) NULL,
    brn               CHAR(10)     NULL,
    host_customer_no  VARCHAR(64)  NULL,
    representative    VARCHAR(100) NULL,
    industry          VARCHAR(100) NULL,
    region            VARCHAR(50)  NULL,
    address           VARCHAR(500) NULL,
    postal_code       VARCHAR(10)  NULL,
    owner_rep         VARCHAR(64)  NULL,
    founded_on        DATE         NULL,
    birthday          DATE         NULL,
    notes             TEXT         NULL,
    idempotency_key   VARCHAR(100) NULL,
    version           BIGINT       NOT NULL,
    created_at        TIMESTAMP(3) NOT NULL,
    updated_at        TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_customer_key (customer_key),
    UNIQUE KEY uk_customer_idempotency (idempotency_key),
    KEY ix_customer_name (name_key),
    KEY ix_customer_phone (phone_key),
    KEY ix_customer_email (email_key),
    KEY ix_customer_brn (brn),
    KEY ix_customer_host_no (host_customer_no),
    KEY ix_customer_owner (owner_rep)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE contact_person (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    contact_key      VARCHAR(16)  NOT NULL,
    account_key      VARCHAR(16)  NOT NULL,
    name             VARCHAR(100) NOT NULL,
    name_key         VARCHAR(100) NOT NULL,
    title            VARCHAR(100) NULL,
    department       VARCHAR(100) NULL,
    phone            VARCHAR(40)  NULL,
    mobile           VARCHAR(40)  NULL,
    phone_key        VARCHAR(20)  NULL,
    email            VARCHAR(254) NULL,
    email_key        VARCHAR(254) NULL,
    birthday         DATE         NULL,
    notes            TEXT         NULL,
    idempotency_key  VARCHAR(100) NULL,
    version          BIGINT       NOT NULL,
    created_at       TIMESTAMP(3) NOT NULL,
    updated_at       TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_contact_key (contact_key),
    UNIQUE KEY uk_contact_idempotency (idempotency_key),
    KEY ix_contact_account (account_key, name_key),
    KEY ix_contact_phone (phone_key),
    KEY ix_contact_email (email_key),
    CONSTRAINT fk_contact_account FOREIGN KEY (account_key) REFERENCES customer (customer_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE app_user (
    username       VARCHAR(64)  NOT NULL,
    display_name   VARCHAR(100) NOT NULL,
    roles          VARCHAR(200) NOT NULL,
    password_hash  VARCHAR(200) NULL,
    enabled        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at     TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE api_token (
    token_hash  CHAR(64)     NOT NULL,
    username    VARCHAR(64)  NOT NULL,
    label       VARCHAR(100) NOT NULL,
    created_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (token_hash),
    KEY ix_token_user (username),
    CONSTRAINT fk_token_user FOREIGN KEY (username) REFERENCES app_user (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
