-- Evidence (tài liệu kiểm chứng) attached to any owner (a progress entry, a self-assessment score ...): uploaded files
-- stored in PostgreSQL so that one backup holds everything, and references to issued documents. Never hard-deleted:
-- rows are marked deleted and stay for the audit trail.
CREATE TABLE evidence_file (
    id                BIGSERIAL PRIMARY KEY,
    agency_id         BIGINT       NOT NULL,
    owner_type        VARCHAR(40)  NOT NULL,
    owner_id          BIGINT       NOT NULL,
    file_name         VARCHAR(255) NOT NULL,
    content_type      VARCHAR(120) NOT NULL,
    size_bytes        BIGINT       NOT NULL,
    sha256            CHAR(64)     NOT NULL,
    content           BYTEA        NOT NULL,
    uploaded_by       BIGINT,
    uploaded_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    deleted           BOOLEAN      NOT NULL DEFAULT FALSE,
    deleted_by        BIGINT,
    deleted_at        TIMESTAMPTZ,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_evidence_file_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_evidence_file_uploaded_by FOREIGN KEY (uploaded_by) REFERENCES app_user (id),
    CONSTRAINT fk_evidence_file_deleted_by FOREIGN KEY (deleted_by) REFERENCES app_user (id),
    CONSTRAINT ck_evidence_file_size CHECK (size_bytes > 0),
    CONSTRAINT ck_evidence_file_deleted CHECK (NOT deleted OR deleted_at IS NOT NULL)
);
-- Uploads are PDFs, Office files (zip) and images: already compressed. EXTERNAL storage skips a useless compression
-- pass and lets substring() read a chunk without fetching the whole value, which is how downloads stream.
ALTER TABLE evidence_file ALTER COLUMN content SET STORAGE EXTERNAL;
CREATE INDEX ix_evidence_file_owner ON evidence_file (owner_type, owner_id) WHERE NOT deleted;
CREATE INDEX ix_evidence_file_agency ON evidence_file (agency_id);

-- An issued document that proves a result ("Kế hoạch số 150/KH-UBND ngày 12/3/2025 của UBND tỉnh ..., Mục II.2").
CREATE TABLE document_reference (
    id             BIGSERIAL PRIMARY KEY,
    agency_id      BIGINT       NOT NULL,
    owner_type     VARCHAR(40)  NOT NULL,
    owner_id       BIGINT       NOT NULL,
    doc_number     VARCHAR(80)  NOT NULL,
    issued_on      DATE         NOT NULL,
    issuing_body   VARCHAR(300),
    title          VARCHAR(1000) NOT NULL,
    pointer        VARCHAR(300),
    created_by     BIGINT,
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    deleted        BOOLEAN      NOT NULL DEFAULT FALSE,
    deleted_by     BIGINT,
    deleted_at     TIMESTAMPTZ,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_document_reference_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_document_reference_created_by FOREIGN KEY (created_by) REFERENCES app_user (id),
    CONSTRAINT fk_document_reference_deleted_by FOREIGN KEY (deleted_by) REFERENCES app_user (id)
);
CREATE INDEX ix_document_reference_owner ON document_reference (owner_type, owner_id) WHERE NOT deleted;
CREATE INDEX ix_document_reference_number ON document_reference (f_unaccent(doc_number));

-- Another owner cites an existing file or document reference without copying it (a score cites the evidence already
-- attached to a progress entry), with its own pointer to the part that proves the point.
CREATE TABLE evidence_citation (
    id                    BIGSERIAL PRIMARY KEY,
    evidence_file_id      BIGINT,
    document_reference_id BIGINT,
    owner_type            VARCHAR(40)  NOT NULL,
    owner_id              BIGINT       NOT NULL,
    pointer               VARCHAR(300),
    created_by            BIGINT,
    created_at            TIMESTAMPTZ  NOT NULL DEFAULT now(),
    deleted               BOOLEAN      NOT NULL DEFAULT FALSE,
    deleted_by            BIGINT,
    deleted_at            TIMESTAMPTZ,
    CONSTRAINT fk_evidence_citation_file FOREIGN KEY (evidence_file_id) REFERENCES evidence_file (id),
    CONSTRAINT fk_evidence_citation_reference FOREIGN KEY (document_reference_id) REFERENCES document_reference (id),
    CONSTRAINT fk_evidence_citation_created_by FOREIGN KEY (created_by) REFERENCES app_user (id),
    CONSTRAINT ck_evidence_citation_one_target CHECK ((evidence_file_id IS NULL) <> (document_reference_id IS NULL))
);
CREATE INDEX ix_evidence_citation_owner ON evidence_citation (owner_type, owner_id) WHERE NOT deleted;
CREATE INDEX ix_evidence_citation_file ON evidence_citation (evidence_file_id);
CREATE INDEX ix_evidence_citation_reference ON evidence_citation (document_reference_id);
