-- Agencies (cơ quan, đơn vị) are data with history: they merge, are renamed and abolished (2025 reorganisation).
CREATE TABLE agency (
    id                     BIGSERIAL PRIMARY KEY,
    code                   VARCHAR(40)  NOT NULL,
    name                   VARCHAR(300) NOT NULL,
    short_name             VARCHAR(120),
    kind                   VARCHAR(40)  NOT NULL,
    parent_id              BIGINT REFERENCES agency (id),
    successor_id           BIGINT REFERENCES agency (id),
    valid_from             DATE,
    valid_to               DATE,
    active                 BOOLEAN      NOT NULL DEFAULT TRUE,
    requires_head_approval BOOLEAN      NOT NULL DEFAULT TRUE,
    version                BIGINT       NOT NULL DEFAULT 0,
    created_at             TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at             TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT uk_agency_code UNIQUE (code),
    CONSTRAINT ck_agency_validity CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from),
    CONSTRAINT ck_agency_not_own_successor CHECK (successor_id IS NULL OR successor_id <> id)
);
CREATE INDEX ix_agency_kind ON agency (kind);
CREATE INDEX ix_agency_search ON agency (f_unaccent(name));

-- Named groups as plans use them ("Các sở, ban, ngành", "UBND các huyện, thành phố" ...): members are the agencies of
-- the listed kinds plus the explicitly listed agencies, each counted only while valid on the date asked about.
CREATE TABLE agency_group (
    id          BIGSERIAL PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(300) NOT NULL,
    description VARCHAR(1000),
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_agency_group_code UNIQUE (code)
);

CREATE TABLE agency_group_kind (
    group_id BIGINT      NOT NULL REFERENCES agency_group (id) ON DELETE CASCADE,
    kind     VARCHAR(40) NOT NULL,
    CONSTRAINT pk_agency_group_kind PRIMARY KEY (group_id, kind)
);

CREATE TABLE agency_group_member (
    group_id  BIGINT NOT NULL REFERENCES agency_group (id) ON DELETE CASCADE,
    agency_id BIGINT NOT NULL REFERENCES agency (id),
    CONSTRAINT pk_agency_group_member PRIMARY KEY (group_id, agency_id)
);

-- Other spellings of an agency's name used in documents ("VP UBND tỉnh", "Sở TT&TT"), for forgiving matching on import.
CREATE TABLE agency_alias (
    id        BIGSERIAL PRIMARY KEY,
    agency_id BIGINT       NOT NULL REFERENCES agency (id),
    alias     VARCHAR(300) NOT NULL,
    CONSTRAINT uk_agency_alias UNIQUE (alias)
);
