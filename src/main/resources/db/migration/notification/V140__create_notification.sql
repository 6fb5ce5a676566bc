-- E-mail notices (issue 16), owned by the notification module.

-- The outbox: every message is written here in the same transaction as the event that causes it; the sender job claims
-- due rows (FOR UPDATE SKIP LOCKED, so several instances never claim the same row), sends, and marks each row sent once.
-- A row left in SENDING by a killed instance is claimed again when its lease has run out.
CREATE TABLE mail_outbox (
    id              BIGSERIAL    PRIMARY KEY,
    kind            VARCHAR(30)  NOT NULL,
    recipient_id    BIGINT       REFERENCES app_user (id),
    recipient_email VARCHAR(200) NOT NULL,
    recipient_name  VARCHAR(200),
    subject         VARCHAR(300) NOT NULL,
    body_html       TEXT         NOT NULL,
    body_text       TEXT         NOT NULL,
    -- one message per key (e.g. the digest of one person on one day), so that a job run twice enqueues nothing twice
    dedup_key       VARCHAR(200),
    status          VARCHAR(20)  NOT NULL DEFAULT 'QUEUED',
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    claimed_by      VARCHAR(100),
    claimed_until   TIMESTAMPTZ,
    last_error      TEXT,
    transport       VARCHAR(20),
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    sent_at         TIMESTAMPTZ,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT ck_mail_outbox_status CHECK (status IN ('QUEUED', 'SENDING', 'RETRY', 'SENT', 'FAILED')),
    CONSTRAINT ck_mail_outbox_kind CHECK (kind IN ('DIGEST', 'RETURNED', 'REOPENED', 'NUDGE', 'ESCALATION_HEAD',
                                                   'ESCALATION_PROVINCE', 'TEST'))
);
CREATE UNIQUE INDEX uk_mail_outbox_dedup ON mail_outbox (dedup_key) WHERE dedup_key IS NOT NULL;
-- the sender's query: due rows in id order
CREATE INDEX ix_mail_outbox_due ON mail_outbox (next_attempt_at, id) WHERE status IN ('QUEUED', 'RETRY', 'SENDING');
CREATE INDEX ix_mail_outbox_created ON mail_outbox (created_at DESC, id DESC);

-- Each person's choice: the daily digest only, immediate notices as well, or nothing. No row = the default.
CREATE TABLE mail_preference (
    user_id    BIGINT      PRIMARY KEY REFERENCES app_user (id),
    mode       VARCHAR(20) NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    version    BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT ck_mail_preference_mode CHECK (mode IN ('DIGEST', 'IMMEDIATE', 'NONE'))
);

-- The province's notice settings (one row): the default choice, the digest's time of day, the thresholds in working
-- days (N: due soon, M: late enough to report to the head and to list for Sở Nội vụ, K: further days before Sở Nội vụ
-- is told of an entry) and the key that signs unsubscribe links (shared by every instance).
CREATE TABLE notification_setting (
    id                        SMALLINT    PRIMARY KEY DEFAULT 1,
    default_mode              VARCHAR(20) NOT NULL DEFAULT 'DIGEST',
    digest_time               TIME        NOT NULL DEFAULT '07:00',
    due_soon_working_days     INT         NOT NULL DEFAULT 3,
    escalate_working_days     INT         NOT NULL DEFAULT 5,
    escalate_further_days     INT         NOT NULL DEFAULT 5,
    signing_key               VARCHAR(100) NOT NULL,
    version                   BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT ck_notification_setting_one CHECK (id = 1),
    CONSTRAINT ck_notification_setting_mode CHECK (default_mode IN ('DIGEST', 'IMMEDIATE', 'NONE')),
    CONSTRAINT ck_notification_setting_days CHECK (due_soon_working_days BETWEEN 0 AND 60
        AND escalate_working_days BETWEEN 1 AND 120 AND escalate_further_days BETWEEN 1 AND 120)
);
INSERT INTO notification_setting (id, signing_key)
VALUES (1, md5(random()::text || clock_timestamp()::text) || md5(random()::text || clock_timestamp()::text));

-- One row per day the digest was composed: the instance that inserts it composes (in the same transaction), the
-- others skip; a crash rolls the row back and the next run composes again.
CREATE TABLE mail_digest_run (
    day         DATE        PRIMARY KEY,
    messages    INT         NOT NULL,
    composed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Escalations already sent: one per entry and level, whatever happens afterwards.
CREATE TABLE mail_escalation (
    entry_id    BIGINT      NOT NULL,
    level       VARCHAR(20) NOT NULL,
    escalated_on DATE       NOT NULL,
    PRIMARY KEY (entry_id, level),
    CONSTRAINT ck_mail_escalation_level CHECK (level IN ('HEAD', 'PROVINCE'))
);
