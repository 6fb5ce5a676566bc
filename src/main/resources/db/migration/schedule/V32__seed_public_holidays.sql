-- Vietnamese public holidays for civil servants (Bộ luật Lao động 2019, Điều 112, and the yearly notices of the Prime
-- Minister's office / Bộ Nội vụ). Weekend days inside a Tết break are listed too, so that the whole break is named; they
-- change nothing in working-day counts. Compensatory days for a holiday falling on a weekend are listed as "nghỉ bù".
-- Swapped working Saturdays (làm bù) are not modelled: administrators can adjust the list on /admin/settings/holidays.
-- 2026: Tết Nguyên đán Bính Ngọ 14/2–22/2/2026 (thứ Bảy 27 tháng Chạp đến Chủ nhật mùng 6) as announced in October
-- 2025; Quốc khánh 1–2/9/2026 as planned — check against the official notice of the year.
INSERT INTO holiday (day, name) VALUES
    ('2024-01-01', 'Tết Dương lịch'),
    ('2024-02-08', 'Tết Nguyên đán'), ('2024-02-09', 'Tết Nguyên đán'), ('2024-02-10', 'Tết Nguyên đán'),
    ('2024-02-11', 'Tết Nguyên đán'), ('2024-02-12', 'Tết Nguyên đán'), ('2024-02-13', 'Tết Nguyên đán'),
    ('2024-02-14', 'Tết Nguyên đán'),
    ('2024-04-18', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
    ('2024-04-30', 'Ngày Chiến thắng 30/4'),
    ('2024-05-01', 'Ngày Quốc tế Lao động 1/5'),
    ('2024-09-02', 'Quốc khánh 2/9'), ('2024-09-03', 'Quốc khánh (ngày liền kề)'),

    ('2025-01-01', 'Tết Dương lịch'),
    ('2025-01-25', 'Tết Nguyên đán'), ('2025-01-26', 'Tết Nguyên đán'), ('2025-01-27', 'Tết Nguyên đán'),
    ('2025-01-28', 'Tết Nguyên đán'), ('2025-01-29', 'Tết Nguyên đán'), ('2025-01-30', 'Tết Nguyên đán'),
    ('2025-01-31', 'Tết Nguyên đán'), ('2025-02-01', 'Tết Nguyên đán'), ('2025-02-02', 'Tết Nguyên đán'),
    ('2025-04-07', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
    ('2025-04-30', 'Ngày Chiến thắng 30/4'),
    ('2025-05-01', 'Ngày Quốc tế Lao động 1/5'),
    ('2025-09-01', 'Quốc khánh (ngày liền kề)'), ('2025-09-02', 'Quốc khánh 2/9'),

    ('2026-01-01', 'Tết Dương lịch'),
    ('2026-02-14', 'Tết Nguyên đán'), ('2026-02-15', 'Tết Nguyên đán'), ('2026-02-16', 'Tết Nguyên đán'),
    ('2026-02-17', 'Tết Nguyên đán'), ('2026-02-18', 'Tết Nguyên đán'), ('2026-02-19', 'Tết Nguyên đán'),
    ('2026-02-20', 'Tết Nguyên đán'), ('2026-02-21', 'Tết Nguyên đán'), ('2026-02-22', 'Tết Nguyên đán'),
    ('2026-04-26', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
    ('2026-04-27', 'Nghỉ bù Giỗ Tổ Hùng Vương (26/4 là Chủ nhật)'),
    ('2026-04-30', 'Ngày Chiến thắng 30/4'),
    ('2026-05-01', 'Ngày Quốc tế Lao động 1/5'),
    ('2026-09-01', 'Quốc khánh (ngày liền kề)'), ('2026-09-02', 'Quốc khánh 2/9');
