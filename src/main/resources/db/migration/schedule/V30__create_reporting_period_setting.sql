-- Reporting period settings per year (kỳ báo cáo). A year without rows uses the national defaults (Văn bản 581/BNV-CCHC:
-- cut-off 15th–14th, the province reports by the 20th of the period's last month) and the province's own practice
-- (agencies report to Sở Nội vụ 5 working days earlier; monthly self-assessment by the 25th, consolidation by the 30th;
-- PAPI results by 15/6 and 15/12). Empty columns fall back to those defaults one by one.
CREATE TABLE reporting_year_setting (
    year                     INTEGER     NOT NULL,
    agency_lead_working_days INTEGER     NOT NULL DEFAULT 5,
    nine_months_reported     BOOLEAN     NOT NULL DEFAULT FALSE,
    version                  BIGINT      NOT NULL DEFAULT 0,
    updated_at               TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT pk_reporting_year_setting PRIMARY KEY (year),
    CONSTRAINT ck_reporting_year_setting_year CHECK (year BETWEEN 2000 AND 2100),
    CONSTRAINT ck_reporting_year_setting_lead CHECK (agency_lead_working_days BETWEEN 0 AND 60)
);

-- One row per period (QUARTER 1, HALF_YEAR 1, QUARTER 3, NINE_MONTHS 1, YEAR 1) or, for MONTH, number 0 = every month.
CREATE TABLE reporting_period_setting (
    id                  BIGSERIAL   PRIMARY KEY,
    year                INTEGER     NOT NULL,
    period_type         VARCHAR(20) NOT NULL,
    period_number       INTEGER     NOT NULL,
    window_start        DATE,
    window_end          DATE,
    province_deadline   DATE,
    agency_deadline     DATE,
    papi_deadline       DATE,
    self_assessment_day INTEGER,
    consolidation_day   INTEGER,
    version             BIGINT      NOT NULL DEFAULT 0,
    updated_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT uk_reporting_period_setting UNIQUE (year, period_type, period_number),
    CONSTRAINT ck_reporting_period_setting_type CHECK (period_type IN ('MONTH', 'QUARTER', 'HALF_YEAR', 'NINE_MONTHS', 'YEAR')),
    CONSTRAINT ck_reporting_period_setting_window CHECK (window_end IS NULL OR window_start IS NULL OR window_end >= window_start),
    CONSTRAINT ck_reporting_period_setting_days CHECK ((self_assessment_day IS NULL OR self_assessment_day BETWEEN 1 AND 31)
        AND (consolidation_day IS NULL OR consolidation_day BETWEEN 1 AND 31))
);
