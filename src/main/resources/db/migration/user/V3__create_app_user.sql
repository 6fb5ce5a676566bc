CREATE TABLE app_user (
    id                  BIGSERIAL PRIMARY KEY,
    username            VARCHAR(60)  NOT NULL,
    full_name           VARCHAR(200) NOT NULL,
    email               VARCHAR(200),
    password_hash       VARCHAR(200) NOT NULL,
    role                VARCHAR(30)  NOT NULL,
    agency_id           BIGINT REFERENCES agency (id),
    enabled             BOOLEAN      NOT NULL DEFAULT TRUE,
    must_change_password BOOLEAN     NOT NULL DEFAULT FALSE,
    version             BIGINT       NOT NULL DEFAULT 0,
    created_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    password_changed_at TIMESTAMPTZ,
    last_login_at       TIMESTAMPTZ,
    CONSTRAINT ck_app_user_role CHECK (role IN ('QUAN_TRI', 'SO_NOI_VU', 'LANH_DAO_TINH', 'LANH_DAO_DON_VI', 'CAN_BO_DON_VI')),
    -- agency heads and staff always belong to an agency
    CONSTRAINT ck_app_user_agency CHECK (role NOT IN ('LANH_DAO_DON_VI', 'CAN_BO_DON_VI') OR agency_id IS NOT NULL)
);
-- usernames are unique regardless of case
CREATE UNIQUE INDEX uk_app_user_username ON app_user (lower(username));
CREATE INDEX ix_app_user_agency ON app_user (agency_id);

-- Failed sign-ins per key ('u:<username>' or 'ip:<address>'), kept in the database so that every app instance sees them.
CREATE TABLE login_throttle (
    throttle_key  VARCHAR(200) PRIMARY KEY,
    failures      INT          NOT NULL DEFAULT 0,
    last_failure  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    locked_until  TIMESTAMPTZ
);
