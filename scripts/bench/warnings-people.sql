-- Adds :people generated civil servants to a Hoso database that the distribution has migrated,
-- for the warning benchmarks: a ministry with 200 departments, one salary row per person (type A1,
-- steps 1 to 8 with coefficients from salary table 2), birth dates spread over ages 22 to 61, and a
-- leadership term for every tenth person. Identifiers start at 10^12 to stay clear of the
-- records' own sequence. Run it with psql -v people=1000000 -f warnings-people.sql.
\set ON_ERROR_STOP on
BEGIN;

-- A ministry (id 10^12) with 200 departments under it.
INSERT INTO unit (id, version, code, name, kind_code, parent_id, active)
VALUES (1000000000000, 1, 'BENCH', 'Bộ thử nghiệm', 'BO', NULL, TRUE);

INSERT INTO unit (id, version, code, name, kind_code, parent_id, active)
SELECT 1000000000000 + g, 1, 'BENCH-' || g, 'Đơn vị thử nghiệm ' || g, 'CUC', 1000000000000, TRUE
FROM generate_series(1, 200) AS g;

INSERT INTO unit_closure (ancestor_id, descendant_id, depth)
SELECT id, id, 0 FROM unit WHERE code LIKE 'BENCH%'
UNION ALL
SELECT 1000000000000, id, 1 FROM unit WHERE code LIKE 'BENCH-%';

INSERT INTO person (id, version, category, full_name, family_name, middle_name, given_name,
                    birth_date, birth_date_precision, sex, identity_number_legacy, unit_id,
                    rank_code, salary_step, salary_coefficient, sort_key, search_key, name_exact)
SELECT 1000000000000 + g,
       1,
       'CONG_CHUC',
       'Nguyễn Văn Thử ' || g,
       'Nguyễn',
       'Văn Thử',
       g::text,
       DATE '1965-01-01' + (g % 14600),
       'DAY',
       CASE WHEN g % 2 = 0 THEN 'MALE' ELSE 'FEMALE' END,
       FALSE,
       1000000000000 + 1 + (g % 200),
       '01.003',
       1 + (g % 8),
       2.34 + 0.33 * (g % 8),
       convert_to('bench ' || g, 'UTF8'),
       'nguyen van thu ' || g,
       ' nguyen1 van1 thu3 ' || g || ' '
FROM generate_series(1, :people) AS g;

-- The history rows reference these people; with the people committed and analyzed, their foreign
-- key checks use the primary key index instead of crawling through a transaction's new rows.
COMMIT;
ANALYZE unit;
ANALYZE unit_closure;
ANALYZE person;
BEGIN;

INSERT INTO salary_history (id, version, person_id, salary_table, salary_type, rank_code, step,
                            coefficient, effective_date, counted_from,
                            seniority_allowance_percent)
SELECT 2000000000000 + g,
       1,
       1000000000000 + g,
       '2',
       'A1',
       '01.003',
       1 + (g % 8),
       2.34 + 0.33 * (g % 8),
       DATE '2023-01-01' + (g % 1100),
       DATE '2023-01-01' + (g % 1100),
       0
FROM generate_series(1, :people) AS g;

INSERT INTO leadership_term (id, version, person_id, title, allowance_coefficient, unit_id,
                             appointment_kind, effective_date, term_end)
SELECT 3000000000000 + g,
       1,
       1000000000000 + g,
       'Trưởng phòng',
       0.60,
       1000000000000 + 1 + (g % 200),
       'FIRST',
       DATE '2021-06-01' + (g % 1800),
       NULL
FROM generate_series(10, :people, 10) AS g;

COMMIT;
ANALYZE salary_history;
ANALYZE leadership_term;
