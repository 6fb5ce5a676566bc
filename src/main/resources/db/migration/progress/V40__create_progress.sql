-- Progress reporting (báo cáo tiến độ): one reporting round per period, opened and closed by Sở Nội vụ, with the
-- deadlines fixed when it was opened; one entry per (round, task, agency) that owes a report, created when the round
-- opens (the obligations), so that "not reported" is a row and not an absence. Entries are never hard-deleted.
CREATE TABLE reporting_round (
    id               BIGSERIAL    PRIMARY KEY,
    period_type      VARCHAR(20)  NOT NULL,
    period_year      INT          NOT NULL,
    period_number    INT          NOT NULL,
    label            VARCHAR(100) NOT NULL,
    agency_deadline  DATE         NOT NULL,
    papi_deadline    DATE,
    status           VARCHAR(20)  NOT NULL DEFAULT 'OPEN',
    opened_at        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    opened_by        BIGINT,
    closed_at        TIMESTAMPTZ,
    closed_by        BIGINT,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_reporting_round_period UNIQUE (period_type, period_year, period_number),
    CONSTRAINT ck_reporting_round_type CHECK (period_type IN ('MONTH', 'QUARTER', 'HALF_YEAR', 'NINE_MONTHS', 'YEAR')),
    CONSTRAINT ck_reporting_round_status CHECK (status IN ('OPEN', 'CLOSED')),
    CONSTRAINT fk_reporting_round_opened_by FOREIGN KEY (opened_by) REFERENCES app_user (id),
    CONSTRAINT fk_reporting_round_closed_by FOREIGN KEY (closed_by) REFERENCES app_user (id)
);

CREATE TABLE progress_entry (
    id                   BIGSERIAL    PRIMARY KEY,
    round_id             BIGINT       NOT NULL,
    task_id              BIGINT       NOT NULL,
    agency_id            BIGINT       NOT NULL,
    role                 VARCHAR(20)  NOT NULL,
    deadline             DATE         NOT NULL,
    state                VARCHAR(30)  NOT NULL DEFAULT 'NOT_STARTED',
    implementation       VARCHAR(30),
    percent_done         INT,
    results              TEXT,
    difficulties         TEXT,
    proposals            TEXT,
    review_comment       TEXT,
    reopen_reason        TEXT,
    late                 BOOLEAN      NOT NULL DEFAULT FALSE,
    first_submitted_at   TIMESTAMPTZ,
    submitted_at         TIMESTAMPTZ,
    approved_by          BIGINT,
    approved_for         BIGINT,
    approved_at          TIMESTAMPTZ,
    reviewed_by          BIGINT,
    reviewed_at          TIMESTAMPTZ,
    updated_by           BIGINT,
    created_at           TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at           TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version              BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_progress_entry UNIQUE (round_id, task_id, agency_id),
    CONSTRAINT fk_progress_entry_round FOREIGN KEY (round_id) REFERENCES reporting_round (id),
    CONSTRAINT fk_progress_entry_task FOREIGN KEY (task_id) REFERENCES task (id),
    CONSTRAINT fk_progress_entry_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_progress_entry_approved_by FOREIGN KEY (approved_by) REFERENCES app_user (id),
    CONSTRAINT fk_progress_entry_approved_for FOREIGN KEY (approved_for) REFERENCES app_user (id),
    CONSTRAINT fk_progress_entry_reviewed_by FOREIGN KEY (reviewed_by) REFERENCES app_user (id),
    CONSTRAINT fk_progress_entry_updated_by FOREIGN KEY (updated_by) REFERENCES app_user (id),
    CONSTRAINT ck_progress_entry_role CHECK (role IN ('LEAD', 'COOPERATING')),
    CONSTRAINT ck_progress_entry_state CHECK (state IN ('NOT_STARTED', 'DRAFT', 'AWAITING_APPROVAL', 'SUBMITTED',
        'RETURNED', 'ACCEPTED')),
    CONSTRAINT ck_progress_entry_implementation CHECK (implementation IS NULL OR implementation IN ('CHUA_TRIEN_KHAI',
        'DANG_THUC_HIEN', 'HOAN_THANH', 'HOAN_THANH_QUA_HAN', 'CHUA_HOAN_THANH', 'KHONG_PHAT_SINH')),
    CONSTRAINT ck_progress_entry_percent CHECK (percent_done IS NULL OR percent_done BETWEEN 0 AND 100)
);
CREATE INDEX ix_progress_entry_agency ON progress_entry (agency_id, round_id);
CREATE INDEX ix_progress_entry_round_state ON progress_entry (round_id, state);
CREATE INDEX ix_progress_entry_task ON progress_entry (task_id, agency_id);

-- An agency head names a deputy (cấp phó) who approves on the head's behalf (KT.) from one date to another.
CREATE TABLE acting_approver (
    id            BIGSERIAL   PRIMARY KEY,
    agency_id     BIGINT      NOT NULL,
    head_id       BIGINT      NOT NULL,
    deputy_id     BIGINT      NOT NULL,
    valid_from    DATE        NOT NULL,
    valid_to      DATE        NOT NULL,
    revoked       BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT fk_acting_approver_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_acting_approver_head FOREIGN KEY (head_id) REFERENCES app_user (id),
    CONSTRAINT fk_acting_approver_deputy FOREIGN KEY (deputy_id) REFERENCES app_user (id),
    CONSTRAINT ck_acting_approver_dates CHECK (valid_to >= valid_from)
);
CREATE INDEX ix_acting_approver_deputy ON acting_approver (deputy_id, agency_id);

-- In-app notices to an agency (reminders from Sở Nội vụ, returned entries); read by its users.
CREATE TABLE progress_notice (
    id          BIGSERIAL     PRIMARY KEY,
    agency_id   BIGINT        NOT NULL,
    round_id    BIGINT,
    entry_id    BIGINT,
    message     VARCHAR(1000) NOT NULL,
    created_by  BIGINT,
    created_at  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT fk_progress_notice_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_progress_notice_round FOREIGN KEY (round_id) REFERENCES reporting_round (id),
    CONSTRAINT fk_progress_notice_entry FOREIGN KEY (entry_id) REFERENCES progress_entry (id),
    CONSTRAINT fk_progress_notice_created_by FOREIGN KEY (created_by) REFERENCES app_user (id)
);
CREATE INDEX ix_progress_notice_agency ON progress_notice (agency_id, created_at DESC);
