-- Public holidays and official days off (ngày nghỉ lễ, Tết) used to count working days; weekends are not listed.
CREATE TABLE holiday (
    id         BIGSERIAL    PRIMARY KEY,
    day        DATE         NOT NULL,
    name       VARCHAR(200) NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT uk_holiday_day UNIQUE (day)
);
