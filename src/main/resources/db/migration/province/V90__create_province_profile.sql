-- The province this installation serves, as printed on its reports (one row; absent until an administrator fills it in).
CREATE TABLE province_profile (
    id              SMALLINT      PRIMARY KEY,
    province_name   VARCHAR(100)  NOT NULL,
    parent_body     VARCHAR(200)  NOT NULL,
    place           VARCHAR(100)  NOT NULL,
    issuer          VARCHAR(200)  NOT NULL,
    issuer_code     VARCHAR(20)   NOT NULL,
    authority       VARCHAR(100)  NOT NULL,
    signer_position VARCHAR(100)  NOT NULL,
    signer_name     VARCHAR(100),
    version         BIGINT        NOT NULL DEFAULT 0,
    updated_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_by      VARCHAR(100),
    CONSTRAINT ck_province_profile_single CHECK (id = 1)
);
