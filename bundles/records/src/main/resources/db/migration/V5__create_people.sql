-- One row per person: the fields of the résumé form (Mẫu 2C-BNV/2008) that are not history tables.
CREATE TABLE person (
    id                        BIGINT       NOT NULL PRIMARY KEY,
    version                   BIGINT       NOT NULL,
    category                  VARCHAR(20)  NOT NULL,
    full_name                 VARCHAR(200) NOT NULL,
    family_name               VARCHAR(100) NOT NULL,
    middle_name               VARCHAR(100) NOT NULL,
    given_name                VARCHAR(100) NOT NULL,
    other_names               VARCHAR(200),
    -- The first day of the known period: 1 January for a year-only date, the 1st for a month.
    birth_date                DATE         NOT NULL,
    birth_date_precision      VARCHAR(5)   NOT NULL,
    sex                       VARCHAR(6)   NOT NULL,
    birth_place               VARCHAR(300),
    home_town                 VARCHAR(300),
    ethnicity_code            VARCHAR(10) REFERENCES ref_ethnicity (code),
    religion_code             VARCHAR(10) REFERENCES ref_religion (code),
    identity_number           VARCHAR(12),
    -- True for the 9-digit number of an old identity card (CMND).
    identity_number_legacy    BOOLEAN      NOT NULL,
    identity_issued_on        DATE,
    identity_issued_by        VARCHAR(200),
    civil_servant_number      VARCHAR(30),
    social_insurance_number   VARCHAR(10),
    unit_id                   BIGINT       NOT NULL REFERENCES unit (id),
    job_position              VARCHAR(200),
    current_position          VARCHAR(300),
    concurrent_positions      VARCHAR(500),
    main_duties               VARCHAR(2000),
    permanent_address         VARCHAR(300),
    current_address           VARCHAR(300),
    occupation_at_recruitment VARCHAR(200),
    recruitment_date          DATE,
    recruitment_agency        VARCHAR(300),
    general_education         VARCHAR(20),
    qualification_code        VARCHAR(20) REFERENCES ref_qualification_level (code),
    qualification_field       VARCHAR(200),
    political_theory_code     VARCHAR(20) REFERENCES ref_political_theory (code),
    state_management_code     VARCHAR(20) REFERENCES ref_state_management (code),
    foreign_languages         VARCHAR(300),
    it_skills                 VARCHAR(300),
    highest_honorary_title    VARCHAR(200),
    strengths                 VARCHAR(500),
    health_status             VARCHAR(100),
    height_cm                 INTEGER,
    weight_kg                 INTEGER,
    blood_type                VARCHAR(3),
    war_invalid_grade         VARCHAR(50),
    policy_family             VARCHAR(200),
    retirement_notice_date    DATE,
    -- Copied from the latest salary history row by effective date, kept current by every salary
    -- change, so that the list can filter by rank without reading the history.
    rank_code                 VARCHAR(20),
    salary_step               INTEGER,
    salary_coefficient        DECIMAL(5,2),
    -- Bytes that sort in Vietnamese name order (given, middle, family name, tones second), all
    -- below 0x80 so that H2 and PostgreSQL compare them alike.
    sort_key                  BYTEA        NOT NULL,
    -- The full name in lower case without diacritics and with đ as d.
    search_key                VARCHAR(200) NOT NULL,
    -- The words of the full name and other names with their letter marks and the tone as a
    -- trailing digit, separated and surrounded by spaces, for example " lê thi5 hoa1 ". Search
    -- ranks the names that contain the query's words in this form first.
    name_exact                VARCHAR(500) NOT NULL
);

CREATE INDEX ix_person_unit ON person (unit_id, sort_key);
CREATE INDEX ix_person_category ON person (category);
CREATE INDEX ix_person_rank ON person (rank_code);
CREATE INDEX ix_person_birth_date ON person (birth_date);
CREATE INDEX ix_person_sort ON person (sort_key, id);
CREATE INDEX ix_person_search ON person (search_key);
CREATE UNIQUE INDEX uq_person_identity_number ON person (identity_number);

-- The words of each person's full name and other names without diacritics (đ as d), one row per
-- distinct word. Search looks every query word up in the index on token, which works the same on
-- H2 and PostgreSQL whatever the collation, because it compares for equality only.
CREATE TABLE person_name_token (
    person_id BIGINT      NOT NULL REFERENCES person (id),
    token     VARCHAR(50) NOT NULL,
    PRIMARY KEY (person_id, token)
);
CREATE INDEX ix_person_name_token ON person_name_token (token, person_id);
