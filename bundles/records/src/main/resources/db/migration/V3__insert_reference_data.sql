-- Reference data. Rows marked "medium confidence" come from published summaries that could not be
-- checked against the legal text; correct them with a later migration when the text is checked,
-- never by editing this file.

INSERT INTO ref_salary_table (code, name) VALUES
    ('1', 'Bảng 1: Bảng lương chuyên gia cao cấp'),
    ('2', 'Bảng 2: Bảng lương chuyên môn, nghiệp vụ đối với cán bộ, công chức trong các cơ quan nhà nước'),
    ('3', 'Bảng 3: Bảng lương chuyên môn, nghiệp vụ đối với viên chức trong các đơn vị sự nghiệp của Nhà nước');

-- Salary types with their number of steps and the months between regular steps: 36 for A0 to
-- A3, 24 for B and C, 60 for senior experts (Thông tư 08/2013/TT-BNV).
INSERT INTO ref_salary_type (salary_table, code, name, step_count, interval_months) VALUES
    ('1', 'CGCC', 'Chuyên gia cao cấp', 3, 60),
    ('2', 'A3.1', 'Loại A3, nhóm 1', 6, 36),
    ('2', 'A3.2', 'Loại A3, nhóm 2', 6, 36),
    ('2', 'A2.1', 'Loại A2, nhóm 1', 8, 36),
    ('2', 'A2.2', 'Loại A2, nhóm 2', 8, 36),
    ('2', 'A1', 'Loại A1', 9, 36),
    ('2', 'A0', 'Loại A0', 10, 36),
    ('2', 'B', 'Loại B', 12, 24),
    ('2', 'C1', 'Loại C, nhóm 1', 12, 24),
    ('2', 'C2', 'Loại C, nhóm 2', 12, 24),
    ('2', 'C3', 'Loại C, nhóm 3', 12, 24),
    ('3', 'A3.1', 'Loại A3, nhóm 1', 6, 36),
    ('3', 'A3.2', 'Loại A3, nhóm 2', 6, 36),
    ('3', 'A2.1', 'Loại A2, nhóm 1', 8, 36),
    ('3', 'A2.2', 'Loại A2, nhóm 2', 8, 36),
    ('3', 'A1', 'Loại A1', 9, 36),
    ('3', 'A0', 'Loại A0', 10, 36),
    ('3', 'B', 'Loại B', 12, 24),
    ('3', 'C1', 'Loại C, nhóm 1', 12, 24),
    ('3', 'C2', 'Loại C, nhóm 2', 12, 24),
    ('3', 'C3', 'Loại C, nhóm 3', 12, 24);

-- Coefficients of each step, in force since 01/10/2004.
INSERT INTO ref_salary_step (salary_table, salary_type, step, valid_from, coefficient) VALUES
    ('1', 'CGCC', 1, DATE '2004-10-01', 8.80),
    ('1', 'CGCC', 2, DATE '2004-10-01', 9.40),
    ('1', 'CGCC', 3, DATE '2004-10-01', 10.00),
    ('2', 'A3.1', 1, DATE '2004-10-01', 6.20),
    ('2', 'A3.1', 2, DATE '2004-10-01', 6.56),
    ('2', 'A3.1', 3, DATE '2004-10-01', 6.92),
    ('2', 'A3.1', 4, DATE '2004-10-01', 7.28),
    ('2', 'A3.1', 5, DATE '2004-10-01', 7.64),
    ('2', 'A3.1', 6, DATE '2004-10-01', 8.00),
    ('2', 'A3.2', 1, DATE '2004-10-01', 5.75),
    ('2', 'A3.2', 2, DATE '2004-10-01', 6.11),
    ('2', 'A3.2', 3, DATE '2004-10-01', 6.47),
    ('2', 'A3.2', 4, DATE '2004-10-01', 6.83),
    ('2', 'A3.2', 5, DATE '2004-10-01', 7.19),
    ('2', 'A3.2', 6, DATE '2004-10-01', 7.55),
    ('2', 'A2.1', 1, DATE '2004-10-01', 4.40),
    ('2', 'A2.1', 2, DATE '2004-10-01', 4.74),
    ('2', 'A2.1', 3, DATE '2004-10-01', 5.08),
    ('2', 'A2.1', 4, DATE '2004-10-01', 5.42),
    ('2', 'A2.1', 5, DATE '2004-10-01', 5.76),
    ('2', 'A2.1', 6, DATE '2004-10-01', 6.10),
    ('2', 'A2.1', 7, DATE '2004-10-01', 6.44),
    ('2', 'A2.1', 8, DATE '2004-10-01', 6.78),
    ('2', 'A2.2', 1, DATE '2004-10-01', 4.00),
    ('2', 'A2.2', 2, DATE '2004-10-01', 4.34),
    ('2', 'A2.2', 3, DATE '2004-10-01', 4.68),
    ('2', 'A2.2', 4, DATE '2004-10-01', 5.02),
    ('2', 'A2.2', 5, DATE '2004-10-01', 5.36),
    ('2', 'A2.2', 6, DATE '2004-10-01', 5.70),
    ('2', 'A2.2', 7, DATE '2004-10-01', 6.04),
    ('2', 'A2.2', 8, DATE '2004-10-01', 6.38),
    ('2', 'A1', 1, DATE '2004-10-01', 2.34),
    ('2', 'A1', 2, DATE '2004-10-01', 2.67),
    ('2', 'A1', 3, DATE '2004-10-01', 3.00),
    ('2', 'A1', 4, DATE '2004-10-01', 3.33),
    ('2', 'A1', 5, DATE '2004-10-01', 3.66),
    ('2', 'A1', 6, DATE '2004-10-01', 3.99),
    ('2', 'A1', 7, DATE '2004-10-01', 4.32),
    ('2', 'A1', 8, DATE '2004-10-01', 4.65),
    ('2', 'A1', 9, DATE '2004-10-01', 4.98),
    ('2', 'A0', 1, DATE '2004-10-01', 2.10),
    ('2', 'A0', 2, DATE '2004-10-01', 2.41),
    ('2', 'A0', 3, DATE '2004-10-01', 2.72),
    ('2', 'A0', 4, DATE '2004-10-01', 3.03),
    ('2', 'A0', 5, DATE '2004-10-01', 3.34),
    ('2', 'A0', 6, DATE '2004-10-01', 3.65),
    ('2', 'A0', 7, DATE '2004-10-01', 3.96),
    ('2', 'A0', 8, DATE '2004-10-01', 4.27),
    ('2', 'A0', 9, DATE '2004-10-01', 4.58),
    ('2', 'A0', 10, DATE '2004-10-01', 4.89),
    ('2', 'B', 1, DATE '2004-10-01', 1.86),
    ('2', 'B', 2, DATE '2004-10-01', 2.06),
    ('2', 'B', 3, DATE '2004-10-01', 2.26),
    ('2', 'B', 4, DATE '2004-10-01', 2.46),
    ('2', 'B', 5, DATE '2004-10-01', 2.66),
    ('2', 'B', 6, DATE '2004-10-01', 2.86),
    ('2', 'B', 7, DATE '2004-10-01', 3.06),
    ('2', 'B', 8, DATE '2004-10-01', 3.26),
    ('2', 'B', 9, DATE '2004-10-01', 3.46),
    ('2', 'B', 10, DATE '2004-10-01', 3.66),
    ('2', 'B', 11, DATE '2004-10-01', 3.86),
    ('2', 'B', 12, DATE '2004-10-01', 4.06),
    ('3', 'A3.1', 1, DATE '2004-10-01', 6.20),
    ('3', 'A3.1', 2, DATE '2004-10-01', 6.56),
    ('3', 'A3.1', 3, DATE '2004-10-01', 6.92),
    ('3', 'A3.1', 4, DATE '2004-10-01', 7.28),
    ('3', 'A3.1', 5, DATE '2004-10-01', 7.64),
    ('3', 'A3.1', 6, DATE '2004-10-01', 8.00),
    ('3', 'A3.2', 1, DATE '2004-10-01', 5.75),
    ('3', 'A3.2', 2, DATE '2004-10-01', 6.11),
    ('3', 'A3.2', 3, DATE '2004-10-01', 6.47),
    ('3', 'A3.2', 4, DATE '2004-10-01', 6.83),
    ('3', 'A3.2', 5, DATE '2004-10-01', 7.19),
    ('3', 'A3.2', 6, DATE '2004-10-01', 7.55),
    ('3', 'A2.1', 1, DATE '2004-10-01', 4.40),
    ('3', 'A2.1', 2, DATE '2004-10-01', 4.74),
    ('3', 'A2.1', 3, DATE '2004-10-01', 5.08),
    ('3', 'A2.1', 4, DATE '2004-10-01', 5.42),
    ('3', 'A2.1', 5, DATE '2004-10-01', 5.76),
    ('3', 'A2.1', 6, DATE '2004-10-01', 6.10),
    ('3', 'A2.1', 7, DATE '2004-10-01', 6.44),
    ('3', 'A2.1', 8, DATE '2004-10-01', 6.78),
    ('3', 'A2.2', 1, DATE '2004-10-01', 4.00),
    ('3', 'A2.2', 2, DATE '2004-10-01', 4.34),
    ('3', 'A2.2', 3, DATE '2004-10-01', 4.68),
    ('3', 'A2.2', 4, DATE '2004-10-01', 5.02),
    ('3', 'A2.2', 5, DATE '2004-10-01', 5.36),
    ('3', 'A2.2', 6, DATE '2004-10-01', 5.70),
    ('3', 'A2.2', 7, DATE '2004-10-01', 6.04),
    ('3', 'A2.2', 8, DATE '2004-10-01', 6.38),
    ('3', 'A1', 1, DATE '2004-10-01', 2.34),
    ('3', 'A1', 2, DATE '2004-10-01', 2.67),
    ('3', 'A1', 3, DATE '2004-10-01', 3.00),
    ('3', 'A1', 4, DATE '2004-10-01', 3.33),
    ('3', 'A1', 5, DATE '2004-10-01', 3.66),
    ('3', 'A1', 6, DATE '2004-10-01', 3.99),
    ('3', 'A1', 7, DATE '2004-10-01', 4.32),
    ('3', 'A1', 8, DATE '2004-10-01', 4.65),
    ('3', 'A1', 9, DATE '2004-10-01', 4.98),
    ('3', 'A0', 1, DATE '2004-10-01', 2.10),
    ('3', 'A0', 2, DATE '2004-10-01', 2.41),
    ('3', 'A0', 3, DATE '2004-10-01', 2.72),
    ('3', 'A0', 4, DATE '2004-10-01', 3.03),
    ('3', 'A0', 5, DATE '2004-10-01', 3.34),
    ('3', 'A0', 6, DATE '2004-10-01', 3.65),
    ('3', 'A0', 7, DATE '2004-10-01', 3.96),
    ('3', 'A0', 8, DATE '2004-10-01', 4.27),
    ('3', 'A0', 9, DATE '2004-10-01', 4.58),
    ('3', 'A0', 10, DATE '2004-10-01', 4.89),
    ('3', 'B', 1, DATE '2004-10-01', 1.86),
    ('3', 'B', 2, DATE '2004-10-01', 2.06),
    ('3', 'B', 3, DATE '2004-10-01', 2.26),
    ('3', 'B', 4, DATE '2004-10-01', 2.46),
    ('3', 'B', 5, DATE '2004-10-01', 2.66),
    ('3', 'B', 6, DATE '2004-10-01', 2.86),
    ('3', 'B', 7, DATE '2004-10-01', 3.06),
    ('3', 'B', 8, DATE '2004-10-01', 3.26),
    ('3', 'B', 9, DATE '2004-10-01', 3.46),
    ('3', 'B', 10, DATE '2004-10-01', 3.66),
    ('3', 'B', 11, DATE '2004-10-01', 3.86),
    ('3', 'B', 12, DATE '2004-10-01', 4.06);

INSERT INTO ref_salary_step (salary_table, salary_type, step, valid_from, coefficient) VALUES
    ('2', 'C1', 1, DATE '2004-10-01', 1.65),
    ('2', 'C1', 2, DATE '2004-10-01', 1.83),
    ('2', 'C1', 3, DATE '2004-10-01', 2.01),
    ('2', 'C1', 4, DATE '2004-10-01', 2.19),
    ('2', 'C1', 5, DATE '2004-10-01', 2.37),
    ('2', 'C1', 6, DATE '2004-10-01', 2.55),
    ('2', 'C1', 7, DATE '2004-10-01', 2.73),
    ('2', 'C1', 8, DATE '2004-10-01', 2.91),
    ('2', 'C1', 9, DATE '2004-10-01', 3.09),
    ('2', 'C1', 10, DATE '2004-10-01', 3.27),
    ('2', 'C1', 11, DATE '2004-10-01', 3.45),
    ('2', 'C1', 12, DATE '2004-10-01', 3.63);

-- Table 2, type C2: medium confidence.
INSERT INTO ref_salary_step (salary_table, salary_type, step, valid_from, coefficient) VALUES
    ('2', 'C2', 1, DATE '2004-10-01', 1.50),
    ('2', 'C2', 2, DATE '2004-10-01', 1.68),
    ('2', 'C2', 3, DATE '2004-10-01', 1.86),
    ('2', 'C2', 4, DATE '2004-10-01', 2.04),
    ('2', 'C2', 5, DATE '2004-10-01', 2.22),
    ('2', 'C2', 6, DATE '2004-10-01', 2.40),
    ('2', 'C2', 7, DATE '2004-10-01', 2.58),
    ('2', 'C2', 8, DATE '2004-10-01', 2.76),
    ('2', 'C2', 9, DATE '2004-10-01', 2.94),
    ('2', 'C2', 10, DATE '2004-10-01', 3.12),
    ('2', 'C2', 11, DATE '2004-10-01', 3.30),
    ('2', 'C2', 12, DATE '2004-10-01', 3.48);

-- Table 2, type C3: medium confidence.
INSERT INTO ref_salary_step (salary_table, salary_type, step, valid_from, coefficient) VALUES
    ('2', 'C3', 1, DATE '2004-10-01', 1.35),
    ('2', 'C3', 2, DATE '2004-10-01', 1.53),
    ('2', 'C3', 3, DATE '2004-10-01', 1.71),
    ('2', 'C3', 4, DATE '2004-10-01', 1.89),
    ('2', 'C3', 5, DATE '2004-10-01', 2.07),
    ('2', 'C3', 6, DATE '2004-10-01', 2.25),
    ('2', 'C3', 7, DATE '2004-10-01', 2.43),
    ('2', 'C3', 8, DATE '2004-10-01', 2.61),
    ('2', 'C3', 9, DATE '2004-10-01', 2.79),
    ('2', 'C3', 10, DATE '2004-10-01', 2.97),
    ('2', 'C3', 11, DATE '2004-10-01', 3.15),
    ('2', 'C3', 12, DATE '2004-10-01', 3.33);

-- Table 3, type C1: medium confidence.
INSERT INTO ref_salary_step (salary_table, salary_type, step, valid_from, coefficient) VALUES
    ('3', 'C1', 1, DATE '2004-10-01', 1.65),
    ('3', 'C1', 2, DATE '2004-10-01', 1.83),
    ('3', 'C1', 3, DATE '2004-10-01', 2.01),
    ('3', 'C1', 4, DATE '2004-10-01', 2.19),
    ('3', 'C1', 5, DATE '2004-10-01', 2.37),
    ('3', 'C1', 6, DATE '2004-10-01', 2.55),
    ('3', 'C1', 7, DATE '2004-10-01', 2.73),
    ('3', 'C1', 8, DATE '2004-10-01', 2.91),
    ('3', 'C1', 9, DATE '2004-10-01', 3.09),
    ('3', 'C1', 10, DATE '2004-10-01', 3.27),
    ('3', 'C1', 11, DATE '2004-10-01', 3.45),
    ('3', 'C1', 12, DATE '2004-10-01', 3.63);

INSERT INTO ref_salary_step (salary_table, salary_type, step, valid_from, coefficient) VALUES
    ('3', 'C2', 1, DATE '2004-10-01', 2.00),
    ('3', 'C2', 2, DATE '2004-10-01', 2.18),
    ('3', 'C2', 3, DATE '2004-10-01', 2.36),
    ('3', 'C2', 4, DATE '2004-10-01', 2.54),
    ('3', 'C2', 5, DATE '2004-10-01', 2.72),
    ('3', 'C2', 6, DATE '2004-10-01', 2.90),
    ('3', 'C2', 7, DATE '2004-10-01', 3.08),
    ('3', 'C2', 8, DATE '2004-10-01', 3.26),
    ('3', 'C2', 9, DATE '2004-10-01', 3.44),
    ('3', 'C2', 10, DATE '2004-10-01', 3.62),
    ('3', 'C2', 11, DATE '2004-10-01', 3.80),
    ('3', 'C2', 12, DATE '2004-10-01', 3.98);

-- Table 3, type C3: medium confidence.
INSERT INTO ref_salary_step (salary_table, salary_type, step, valid_from, coefficient) VALUES
    ('3', 'C3', 1, DATE '2004-10-01', 1.50),
    ('3', 'C3', 2, DATE '2004-10-01', 1.68),
    ('3', 'C3', 3, DATE '2004-10-01', 1.86),
    ('3', 'C3', 4, DATE '2004-10-01', 2.04),
    ('3', 'C3', 5, DATE '2004-10-01', 2.22),
    ('3', 'C3', 6, DATE '2004-10-01', 2.40),
    ('3', 'C3', 7, DATE '2004-10-01', 2.58),
    ('3', 'C3', 8, DATE '2004-10-01', 2.76),
    ('3', 'C3', 9, DATE '2004-10-01', 2.94),
    ('3', 'C3', 10, DATE '2004-10-01', 3.12),
    ('3', 'C3', 11, DATE '2004-10-01', 3.30),
    ('3', 'C3', 12, DATE '2004-10-01', 3.48);

-- Common ranks of civil servants (Thông tư 02/2021/TT-BNV and the sector circulars). Professional
-- titles of public employees (codes such as V.11.01.03, paid on table 3) are added by later
-- migrations; until then their salary rows give the table and type without a rank code.
INSERT INTO ref_rank (code, name, salary_table, salary_type, legal_basis) VALUES
    ('01.001', 'Chuyên viên cao cấp', '2', 'A3.1', 'Thông tư 02/2021/TT-BNV'),
    ('01.002', 'Chuyên viên chính', '2', 'A2.1', 'Thông tư 02/2021/TT-BNV'),
    ('01.003', 'Chuyên viên', '2', 'A1', 'Thông tư 02/2021/TT-BNV'),
    ('01.004', 'Cán sự', '2', 'A0', 'Thông tư 02/2021/TT-BNV'),
    ('02.006', 'Văn thư viên chính', '2', 'A2.1', 'Thông tư 02/2021/TT-BNV'),
    ('02.007', 'Văn thư viên', '2', 'A1', 'Thông tư 02/2021/TT-BNV'),
    ('02.008', 'Văn thư viên trung cấp', '2', 'B', 'Thông tư 02/2021/TT-BNV'),
    ('04.023', 'Thanh tra viên cao cấp', '2', 'A3.1', 'Thông tư 02/2021/TT-BNV'),
    ('04.024', 'Thanh tra viên chính', '2', 'A2.1', 'Thông tư 02/2021/TT-BNV'),
    ('04.025', 'Thanh tra viên', '2', 'A1', 'Thông tư 02/2021/TT-BNV'),
    ('06.029', 'Kế toán viên cao cấp', '2', 'A3.2', 'Thông tư 02/2021/TT-BNV'),
    ('06.030', 'Kế toán viên chính', '2', 'A2.2', 'Thông tư 02/2021/TT-BNV'),
    ('06.031', 'Kế toán viên', '2', 'A1', 'Thông tư 02/2021/TT-BNV'),
    ('06.032', 'Kế toán viên trung cấp', '2', 'B', 'Thông tư 02/2021/TT-BNV');
-- Medium confidence.
INSERT INTO ref_rank (code, name, salary_table, salary_type, legal_basis) VALUES
    ('01.005', 'Nhân viên', '2', 'B', 'Thông tư 02/2021/TT-BNV');

-- Leadership allowances inside a ministry (Nghị định 204/2004/NĐ-CP): medium confidence.
INSERT INTO ref_leadership_allowance (code, valid_from, valid_to, title, agency, coefficient, legal_basis) VALUES
    ('BO.THU_TRUONG', DATE '2004-10-01', NULL, 'Thứ trưởng', 'Bộ, cơ quan ngang Bộ', 1.30, 'Nghị định 204/2004/NĐ-CP'),
    ('BO.VU_TRUONG', DATE '2004-10-01', NULL, 'Vụ trưởng', 'Bộ, cơ quan ngang Bộ', 1.00, 'Nghị định 204/2004/NĐ-CP'),
    ('BO.CHANH_VAN_PHONG', DATE '2004-10-01', NULL, 'Chánh Văn phòng Bộ', 'Bộ, cơ quan ngang Bộ', 1.00, 'Nghị định 204/2004/NĐ-CP'),
    ('BO.PHO_VU_TRUONG', DATE '2004-10-01', NULL, 'Phó Vụ trưởng', 'Bộ, cơ quan ngang Bộ', 0.80, 'Nghị định 204/2004/NĐ-CP'),
    ('BO.TRUONG_PHONG', DATE '2004-10-01', NULL, 'Trưởng phòng', 'Vụ thuộc Bộ', 0.60, 'Nghị định 204/2004/NĐ-CP'),
    ('BO.PHO_TRUONG_PHONG', DATE '2004-10-01', NULL, 'Phó Trưởng phòng', 'Vụ thuộc Bộ', 0.40, 'Nghị định 204/2004/NĐ-CP');

-- Leadership allowances in a Cục of a ministry, class 1 and class 2, from 10/01/2026.
INSERT INTO ref_leadership_allowance (code, valid_from, valid_to, title, agency, coefficient, legal_basis) VALUES
    ('CUC1.CUC_TRUONG', DATE '2026-01-10', NULL, 'Cục trưởng', 'Cục thuộc Bộ, hạng 1', 1.10, 'Nghị định 07/2026/NĐ-CP'),
    ('CUC1.PHO_CUC_TRUONG', DATE '2026-01-10', NULL, 'Phó Cục trưởng', 'Cục thuộc Bộ, hạng 1', 0.90, 'Nghị định 07/2026/NĐ-CP'),
    ('CUC1.TRUONG_PHONG', DATE '2026-01-10', NULL, 'Trưởng phòng', 'Cục thuộc Bộ, hạng 1', 0.70, 'Nghị định 07/2026/NĐ-CP'),
    ('CUC1.PHO_TRUONG_PHONG', DATE '2026-01-10', NULL, 'Phó Trưởng phòng', 'Cục thuộc Bộ, hạng 1', 0.50, 'Nghị định 07/2026/NĐ-CP'),
    ('CUC2.CUC_TRUONG', DATE '2026-01-10', NULL, 'Cục trưởng', 'Cục thuộc Bộ, hạng 2', 1.00, 'Nghị định 07/2026/NĐ-CP'),
    ('CUC2.PHO_CUC_TRUONG', DATE '2026-01-10', NULL, 'Phó Cục trưởng', 'Cục thuộc Bộ, hạng 2', 0.80, 'Nghị định 07/2026/NĐ-CP'),
    ('CUC2.TRUONG_PHONG', DATE '2026-01-10', NULL, 'Trưởng phòng', 'Cục thuộc Bộ, hạng 2', 0.60, 'Nghị định 07/2026/NĐ-CP'),
    ('CUC2.PHO_TRUONG_PHONG', DATE '2026-01-10', NULL, 'Phó Trưởng phòng', 'Cục thuộc Bộ, hạng 2', 0.40, 'Nghị định 07/2026/NĐ-CP');

INSERT INTO ref_base_salary (valid_from, amount, legal_basis) VALUES
    (DATE '2023-07-01', 1800000, 'Nghị định 24/2023/NĐ-CP'),
    (DATE '2024-07-01', 2340000, 'Nghị định 73/2024/NĐ-CP');
-- Medium confidence.
INSERT INTO ref_base_salary (valid_from, amount, legal_basis) VALUES
    (DATE '2026-07-01', 2530000, 'Nghị định 161/2026/NĐ-CP');

-- The 54 ethnic groups, numbered as in the list of the General Statistics Office (Quyết định
-- 121-TCTK/PPCĐ, 1979). The numbering and the spellings are medium confidence.
INSERT INTO ref_ethnicity (code, name, sort_order) VALUES
    ('01', 'Kinh', 1),
    ('02', 'Tày', 2),
    ('03', 'Thái', 3),
    ('04', 'Hoa', 4),
    ('05', 'Khơ-me', 5),
    ('06', 'Mường', 6),
    ('07', 'Nùng', 7),
    ('08', 'Mông', 8),
    ('09', 'Dao', 9),
    ('10', 'Gia-rai', 10),
    ('11', 'Ngái', 11),
    ('12', 'Ê-đê', 12),
    ('13', 'Ba-na', 13),
    ('14', 'Xơ-đăng', 14),
    ('15', 'Sán Chay', 15),
    ('16', 'Cơ-ho', 16),
    ('17', 'Chăm', 17),
    ('18', 'Sán Dìu', 18),
    ('19', 'Hrê', 19),
    ('20', 'Mnông', 20),
    ('21', 'Ra-glai', 21),
    ('22', 'Xtiêng', 22),
    ('23', 'Bru-Vân Kiều', 23),
    ('24', 'Thổ', 24),
    ('25', 'Giáy', 25),
    ('26', 'Cơ-tu', 26),
    ('27', 'Giẻ-Triêng', 27),
    ('28', 'Mạ', 28),
    ('29', 'Khơ-mú', 29),
    ('30', 'Co', 30),
    ('31', 'Tà-ôi', 31),
    ('32', 'Chơ-ro', 32),
    ('33', 'Kháng', 33),
    ('34', 'Xinh-mun', 34),
    ('35', 'Hà Nhì', 35),
    ('36', 'Chu-ru', 36),
    ('37', 'Lào', 37),
    ('38', 'La Chí', 38),
    ('39', 'La Ha', 39),
    ('40', 'Phù Lá', 40),
    ('41', 'La Hủ', 41),
    ('42', 'Lự', 42),
    ('43', 'Lô Lô', 43),
    ('44', 'Chứt', 44),
    ('45', 'Mảng', 45),
    ('46', 'Pà Thẻn', 46),
    ('47', 'Cờ Lao', 47),
    ('48', 'Cống', 48),
    ('49', 'Bố Y', 49),
    ('50', 'Si La', 50),
    ('51', 'Pu Péo', 51),
    ('52', 'Brâu', 52),
    ('53', 'Ơ Đu', 53),
    ('54', 'Rơ-măm', 54);

-- Religions recognised by the State, and 00 for none. The list is medium confidence; the codes
-- are Hoso's own.
INSERT INTO ref_religion (code, name, sort_order) VALUES
    ('00', 'Không', 0),
    ('01', 'Phật giáo', 1),
    ('02', 'Công giáo', 2),
    ('03', 'Tin Lành', 3),
    ('04', 'Cao Đài', 4),
    ('05', 'Phật giáo Hòa Hảo', 5),
    ('06', 'Hồi giáo', 6),
    ('07', 'Tôn giáo Baha''i', 7),
    ('08', 'Tịnh độ Cư sĩ Phật hội Việt Nam', 8),
    ('09', 'Cơ đốc Phục lâm', 9),
    ('10', 'Phật giáo Tứ Ân Hiếu Nghĩa', 10),
    ('11', 'Minh Sư đạo', 11),
    ('12', 'Minh Lý đạo - Tam Tông Miếu', 12),
    ('13', 'Bà-la-môn giáo', 13),
    ('14', 'Giáo hội Các Thánh hữu Ngày sau của Chúa Giê-su Ky-tô (Mặc Môn)', 14),
    ('15', 'Phật giáo Hiếu Nghĩa Tà Lơn', 15),
    ('16', 'Bửu Sơn Kỳ Hương', 16);

INSERT INTO ref_qualification_level (code, name, sort_order) VALUES
    ('TIEN_SI_KHOA_HOC', 'Tiến sĩ khoa học', 1),
    ('TIEN_SI', 'Tiến sĩ', 2),
    ('THAC_SI', 'Thạc sĩ', 3),
    ('DAI_HOC', 'Đại học', 4),
    ('CAO_DANG', 'Cao đẳng', 5),
    ('TRUNG_CAP', 'Trung cấp', 6),
    ('SO_CAP', 'Sơ cấp', 7);

INSERT INTO ref_political_theory (code, name, sort_order) VALUES
    ('CU_NHAN', 'Cử nhân', 1),
    ('CAO_CAP', 'Cao cấp', 2),
    ('TRUNG_CAP', 'Trung cấp', 3),
    ('SO_CAP', 'Sơ cấp', 4);

INSERT INTO ref_state_management (code, name, sort_order) VALUES
    ('CVCC', 'Chuyên viên cao cấp', 1),
    ('CVC', 'Chuyên viên chính', 2),
    ('CV', 'Chuyên viên', 3);

INSERT INTO ref_unit_kind (code, name, sort_order) VALUES
    ('BO', 'Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ', 1),
    ('UBND_TINH', 'Ủy ban nhân dân cấp tỉnh', 2),
    ('CUC', 'Cục', 3),
    ('VU', 'Vụ', 4),
    ('VAN_PHONG', 'Văn phòng', 5),
    ('THANH_TRA', 'Thanh tra', 6),
    ('SO', 'Sở và tương đương', 7),
    ('UBND_XA', 'Ủy ban nhân dân cấp xã', 8),
    ('PHONG', 'Phòng và tương đương', 9),
    ('DON_VI_SU_NGHIEP', 'Đơn vị sự nghiệp công lập', 10),
    ('KHAC', 'Đơn vị khác', 11);

-- Ratings of the yearly evaluation. "Hoàn thành nhiệm vụ nhưng còn hạn chế về năng lực" was last
-- given for 2019, before the amended Law on Cadres and Civil Servants (in force 01/07/2020).
INSERT INTO ref_evaluation_rating (code, name, valid_from_year, valid_to_year, sort_order) VALUES
    ('XUAT_SAC', 'Hoàn thành xuất sắc nhiệm vụ', NULL, NULL, 1),
    ('TOT', 'Hoàn thành tốt nhiệm vụ', NULL, NULL, 2),
    ('HOAN_THANH', 'Hoàn thành nhiệm vụ', NULL, NULL, 3),
    ('HOAN_THANH_HAN_CHE_NANG_LUC', 'Hoàn thành nhiệm vụ nhưng còn hạn chế về năng lực', NULL, 2019, 4),
    ('KHONG_HOAN_THANH', 'Không hoàn thành nhiệm vụ', NULL, NULL, 5);

-- Discipline forms of civil servants: demotion and salary step reduction were abolished on
-- 01/07/2025 by Nghị định 172/2025/NĐ-CP.
INSERT INTO ref_discipline_form (category, code, valid_from, valid_to, name, legal_basis) VALUES
    ('CONG_CHUC', 'KHIEN_TRACH', DATE '1900-01-01', NULL, 'Khiển trách', 'Luật Cán bộ, công chức; Nghị định 172/2025/NĐ-CP'),
    ('CONG_CHUC', 'CANH_CAO', DATE '1900-01-01', NULL, 'Cảnh cáo', 'Luật Cán bộ, công chức; Nghị định 172/2025/NĐ-CP'),
    ('CONG_CHUC', 'HA_BAC_LUONG', DATE '1900-01-01', DATE '2025-06-30', 'Hạ bậc lương', 'Luật Cán bộ, công chức 2008'),
    ('CONG_CHUC', 'GIANG_CHUC', DATE '1900-01-01', DATE '2025-06-30', 'Giáng chức', 'Luật Cán bộ, công chức 2008'),
    ('CONG_CHUC', 'CACH_CHUC', DATE '1900-01-01', NULL, 'Cách chức', 'Luật Cán bộ, công chức; Nghị định 172/2025/NĐ-CP'),
    ('CONG_CHUC', 'BUOC_THOI_VIEC', DATE '1900-01-01', NULL, 'Buộc thôi việc', 'Luật Cán bộ, công chức; Nghị định 172/2025/NĐ-CP');

-- Discipline forms of cadres, public employees and workers: medium confidence. Dismissal from
-- an elected office (bãi nhiệm) and the Labour Code's sa thải and kéo dài thời hạn nâng lương have
-- no code yet; sa thải is recorded as BUOC_THOI_VIEC.
INSERT INTO ref_discipline_form (category, code, valid_from, valid_to, name, legal_basis) VALUES
    ('CAN_BO', 'KHIEN_TRACH', DATE '1900-01-01', NULL, 'Khiển trách', 'Luật Cán bộ, công chức'),
    ('CAN_BO', 'CANH_CAO', DATE '1900-01-01', NULL, 'Cảnh cáo', 'Luật Cán bộ, công chức'),
    ('CAN_BO', 'CACH_CHUC', DATE '1900-01-01', NULL, 'Cách chức', 'Luật Cán bộ, công chức'),
    ('VIEN_CHUC', 'KHIEN_TRACH', DATE '1900-01-01', NULL, 'Khiển trách', 'Luật Viên chức'),
    ('VIEN_CHUC', 'CANH_CAO', DATE '1900-01-01', NULL, 'Cảnh cáo', 'Luật Viên chức'),
    ('VIEN_CHUC', 'CACH_CHUC', DATE '1900-01-01', NULL, 'Cách chức', 'Luật Viên chức'),
    ('VIEN_CHUC', 'BUOC_THOI_VIEC', DATE '1900-01-01', NULL, 'Buộc thôi việc', 'Luật Viên chức'),
    ('NGUOI_LAO_DONG', 'KHIEN_TRACH', DATE '1900-01-01', NULL, 'Khiển trách', 'Bộ luật Lao động 2019, Điều 124'),
    ('NGUOI_LAO_DONG', 'CACH_CHUC', DATE '1900-01-01', NULL, 'Cách chức', 'Bộ luật Lao động 2019, Điều 124'),
    ('NGUOI_LAO_DONG', 'BUOC_THOI_VIEC', DATE '1900-01-01', NULL, 'Sa thải', 'Bộ luật Lao động 2019, Điều 124');
