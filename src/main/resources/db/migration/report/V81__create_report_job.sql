-- Background report jobs (page "Báo cáo"), in PostgreSQL so that behind a load balancer any app instance can answer
-- the page's polling and serve the finished file, whichever instance built it. The file is kept at most 30 minutes
-- (ReportJobCleanup) and deleted once downloaded.
CREATE TABLE report_job (
    id             UUID         PRIMARY KEY,
    owner_id       BIGINT       NOT NULL,
    kind           VARCHAR(40)  NOT NULL,
    params         JSONB        NOT NULL,
    status         VARCHAR(10)  NOT NULL DEFAULT 'RUNNING',
    worker         VARCHAR(200) NOT NULL,
    message_key    VARCHAR(100),
    message_args   TEXT[],
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    finished_at    TIMESTAMPTZ,
    file_name      VARCHAR(255),
    size_bytes     BIGINT,
    content        BYTEA,
    CONSTRAINT fk_report_job_owner FOREIGN KEY (owner_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT ck_report_job_status CHECK (status IN ('RUNNING', 'READY', 'FAILED')),
    CONSTRAINT ck_report_job_ready CHECK (status <> 'READY' OR (content IS NOT NULL AND file_name IS NOT NULL
                                                                 AND finished_at IS NOT NULL)),
    CONSTRAINT ck_report_job_failed CHECK (status <> 'FAILED' OR (message_key IS NOT NULL AND finished_at IS NOT NULL))
);
-- .xlsx files are zip archives: EXTERNAL storage skips a useless compression pass and lets substring() read one chunk
-- without fetching the whole value, which is how downloads stream (as for evidence_file).
ALTER TABLE report_job ALTER COLUMN content SET STORAGE EXTERNAL;
CREATE INDEX ix_report_job_owner ON report_job (owner_id);
CREATE INDEX ix_report_job_status_created ON report_job (status, created_at);
