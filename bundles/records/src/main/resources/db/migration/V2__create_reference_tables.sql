-- Reference data: code lists and the salary tables. Every dated table keeps its history, so that
-- rows validated against an older version stay valid. The rows themselves are inserted by V3.

-- The salary tables of Nghị định 204/2004/NĐ-CP (in force 01/10/2004).
CREATE TABLE ref_salary_table (
    code VARCHAR(10)  NOT NULL PRIMARY KEY,
    name VARCHAR(300) NOT NULL
);

-- Salary types (loại, nhóm ngạch) of one salary table, with the months between regular steps.
CREATE TABLE ref_salary_type (
    salary_table    VARCHAR(10)  NOT NULL REFERENCES ref_salary_table (code),
    code            VARCHAR(10)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    step_count      INTEGER      NOT NULL,
    interval_months INTEGER      NOT NULL,
    PRIMARY KEY (salary_table, code)
);

-- The coefficient (hệ số lương) of each step, valid from a date until the next row of the step.
CREATE TABLE ref_salary_step (
    salary_table VARCHAR(10)  NOT NULL,
    salary_type  VARCHAR(10)  NOT NULL,
    step         INTEGER      NOT NULL,
    valid_from   DATE         NOT NULL,
    coefficient  DECIMAL(5,2) NOT NULL,
    PRIMARY KEY (salary_table, salary_type, step, valid_from),
    FOREIGN KEY (salary_table, salary_type) REFERENCES ref_salary_type (salary_table, code)
);

-- Ranks (mã ngạch) and professional titles with the salary table and type they are paid on.
CREATE TABLE ref_rank (
    code         VARCHAR(20)  NOT NULL PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    salary_table VARCHAR(10)  NOT NULL,
    salary_type  VARCHAR(10)  NOT NULL,
    legal_basis  VARCHAR(200) NOT NULL,
    FOREIGN KEY (salary_table, salary_type) REFERENCES ref_salary_type (salary_table, code)
);

-- Leadership allowance coefficients (hệ số phụ cấp chức vụ lãnh đạo) per position and agency,
-- valid from a date until valid_to (inclusive) or without end.
CREATE TABLE ref_leadership_allowance (
    code        VARCHAR(40)  NOT NULL,
    valid_from  DATE         NOT NULL,
    valid_to    DATE,
    title       VARCHAR(200) NOT NULL,
    agency      VARCHAR(200) NOT NULL,
    coefficient DECIMAL(4,2) NOT NULL,
    legal_basis VARCHAR(200) NOT NULL,
    PRIMARY KEY (code, valid_from)
);

-- Base salary (lương cơ sở) in VND per month, valid from a date until the next row.
CREATE TABLE ref_base_salary (
    valid_from  DATE         NOT NULL PRIMARY KEY,
    amount      BIGINT       NOT NULL,
    legal_basis VARCHAR(200) NOT NULL
);

CREATE TABLE ref_ethnicity (
    code       VARCHAR(10)  NOT NULL PRIMARY KEY,
    name       VARCHAR(100) NOT NULL,
    sort_order INTEGER      NOT NULL
);

CREATE TABLE ref_religion (
    code       VARCHAR(10)  NOT NULL PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    sort_order INTEGER      NOT NULL
);

-- Trình độ chuyên môn: the qualification levels of the statistics forms.
CREATE TABLE ref_qualification_level (
    code       VARCHAR(20)  NOT NULL PRIMARY KEY,
    name       VARCHAR(100) NOT NULL,
    sort_order INTEGER      NOT NULL
);

-- Trình độ lý luận chính trị.
CREATE TABLE ref_political_theory (
    code       VARCHAR(20)  NOT NULL PRIMARY KEY,
    name       VARCHAR(100) NOT NULL,
    sort_order INTEGER      NOT NULL
);

-- Trình độ quản lý nhà nước.
CREATE TABLE ref_state_management (
    code       VARCHAR(20)  NOT NULL PRIMARY KEY,
    name       VARCHAR(100) NOT NULL,
    sort_order INTEGER      NOT NULL
);

CREATE TABLE ref_unit_kind (
    code       VARCHAR(30)  NOT NULL PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    sort_order INTEGER      NOT NULL
);

-- Yearly evaluation ratings and the years they were in use (both bounds inclusive, null for open).
CREATE TABLE ref_evaluation_rating (
    code            VARCHAR(40)  NOT NULL PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    valid_from_year INTEGER,
    valid_to_year   INTEGER,
    sort_order      INTEGER      NOT NULL
);

-- The discipline forms the law allows for each category of person, valid from valid_from until
-- valid_to (inclusive) or without end.
CREATE TABLE ref_discipline_form (
    category    VARCHAR(20)  NOT NULL,
    code        VARCHAR(20)  NOT NULL,
    valid_from  DATE         NOT NULL,
    valid_to    DATE,
    name        VARCHAR(100) NOT NULL,
    legal_basis VARCHAR(300) NOT NULL,
    PRIMARY KEY (category, code, valid_from)
);
