-- One table per history kind of a person. Every row has its own version for optimistic locking;
-- rows that rest on a decision keep its number, date and signer.

CREATE TABLE salary_history (
    id                          BIGINT       NOT NULL PRIMARY KEY,
    version                     BIGINT       NOT NULL,
    person_id                   BIGINT       NOT NULL REFERENCES person (id),
    salary_table                VARCHAR(10)  NOT NULL,
    salary_type                 VARCHAR(10)  NOT NULL,
    rank_code                   VARCHAR(20) REFERENCES ref_rank (code),
    step                        INTEGER      NOT NULL,
    coefficient                 DECIMAL(5,2) NOT NULL,
    effective_date              DATE         NOT NULL,
    -- Thời điểm tính nâng bậc lần sau, usually but not always the effective date.
    counted_from                DATE         NOT NULL,
    seniority_allowance_percent DECIMAL(5,2) NOT NULL,
    decision_number             VARCHAR(100),
    decision_date               DATE,
    decision_signer             VARCHAR(200),
    note                        VARCHAR(500),
    FOREIGN KEY (salary_table, salary_type) REFERENCES ref_salary_type (salary_table, code),
    CONSTRAINT uq_salary_history_date UNIQUE (person_id, effective_date)
);

CREATE TABLE leadership_term (
    id                    BIGINT       NOT NULL PRIMARY KEY,
    version               BIGINT       NOT NULL,
    person_id             BIGINT       NOT NULL REFERENCES person (id),
    title                 VARCHAR(200) NOT NULL,
    position_code         VARCHAR(40),
    allowance_coefficient DECIMAL(4,2),
    unit_id               BIGINT REFERENCES unit (id),
    appointment_kind      VARCHAR(20)  NOT NULL,
    effective_date        DATE         NOT NULL,
    -- The end the decision states; null means five years after the effective date.
    term_end              DATE,
    ended_on              DATE,
    decision_number       VARCHAR(100),
    decision_date         DATE,
    decision_signer       VARCHAR(200)
);
CREATE INDEX ix_leadership_term_person ON leadership_term (person_id, effective_date);
CREATE INDEX ix_leadership_term_unit ON leadership_term (unit_id);

CREATE TABLE work_history (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    person_id       BIGINT       NOT NULL REFERENCES person (id),
    from_date       DATE         NOT NULL,
    to_date         DATE,
    title           VARCHAR(300),
    unit_name       VARCHAR(300),
    unit_id         BIGINT REFERENCES unit (id),
    decision_number VARCHAR(100),
    decision_date   DATE,
    decision_signer VARCHAR(200)
);
CREATE INDEX ix_work_history_person ON work_history (person_id, from_date);
CREATE INDEX ix_work_history_unit ON work_history (unit_id);

CREATE TABLE training (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    version            BIGINT       NOT NULL,
    person_id          BIGINT       NOT NULL REFERENCES person (id),
    training_type      VARCHAR(30)  NOT NULL,
    from_date          DATE         NOT NULL,
    to_date            DATE,
    school             VARCHAR(300),
    field              VARCHAR(200),
    mode               VARCHAR(20),
    qualification_code VARCHAR(20) REFERENCES ref_qualification_level (code),
    degree             VARCHAR(200),
    decision_number    VARCHAR(100),
    decision_date      DATE,
    decision_signer    VARCHAR(200)
);
CREATE INDEX ix_training_person ON training (person_id, from_date);

CREATE TABLE award (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    person_id       BIGINT       NOT NULL REFERENCES person (id),
    form            VARCHAR(300) NOT NULL,
    awarded_on      DATE,
    award_year      INTEGER,
    reason          VARCHAR(500),
    decision_number VARCHAR(100),
    decision_date   DATE,
    decision_signer VARCHAR(200)
);
CREATE INDEX ix_award_person ON award (person_id);

CREATE TABLE discipline (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    person_id       BIGINT       NOT NULL REFERENCES person (id),
    form            VARCHAR(20)  NOT NULL,
    effective_date  DATE         NOT NULL,
    end_date        DATE,
    reason          VARCHAR(500),
    decision_number VARCHAR(100),
    decision_date   DATE,
    decision_signer VARCHAR(200)
);
CREATE INDEX ix_discipline_person ON discipline (person_id, effective_date);

CREATE TABLE evaluation (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    person_id       BIGINT       NOT NULL REFERENCES person (id),
    evaluation_year INTEGER      NOT NULL,
    rating          VARCHAR(40)  NOT NULL REFERENCES ref_evaluation_rating (code),
    score           INTEGER,
    decision_number VARCHAR(100),
    decision_date   DATE,
    decision_signer VARCHAR(200),
    CONSTRAINT uq_evaluation_year UNIQUE (person_id, evaluation_year)
);

CREATE TABLE non_counted_period (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    person_id       BIGINT       NOT NULL REFERENCES person (id),
    kind            VARCHAR(30)  NOT NULL,
    from_date       DATE         NOT NULL,
    to_date         DATE         NOT NULL,
    working_days    INTEGER,
    decision_number VARCHAR(100),
    decision_date   DATE,
    decision_signer VARCHAR(200)
);
CREATE INDEX ix_non_counted_period_person ON non_counted_period (person_id, from_date);

-- Relatives on the person's side (OWN) and the spouse's side (SPOUSE).
CREATE TABLE family_relation (
    id         BIGINT       NOT NULL PRIMARY KEY,
    version    BIGINT       NOT NULL,
    person_id  BIGINT       NOT NULL REFERENCES person (id),
    side       VARCHAR(10)  NOT NULL,
    relation   VARCHAR(50)  NOT NULL,
    full_name  VARCHAR(200) NOT NULL,
    birth_year INTEGER,
    home_town  VARCHAR(300),
    occupation VARCHAR(200),
    workplace  VARCHAR(300),
    residence  VARCHAR(300),
    note       VARCHAR(500)
);
CREATE INDEX ix_family_relation_person ON family_relation (person_id);

-- Membership of the party and of the socio-political organisations.
CREATE TABLE membership (
    id                BIGINT       NOT NULL PRIMARY KEY,
    version           BIGINT       NOT NULL,
    person_id         BIGINT       NOT NULL REFERENCES person (id),
    organisation      VARCHAR(30)  NOT NULL,
    organisation_name VARCHAR(200),
    joined_on         DATE         NOT NULL,
    official_on       DATE,
    left_on           DATE,
    position          VARCHAR(200),
    decision_number   VARCHAR(100),
    decision_date     DATE,
    decision_signer   VARCHAR(200)
);
CREATE INDEX ix_membership_person ON membership (person_id, organisation);

CREATE TABLE military_service (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    person_id       BIGINT       NOT NULL REFERENCES person (id),
    enlisted_on     DATE         NOT NULL,
    discharged_on   DATE,
    branch          VARCHAR(200),
    highest_rank    VARCHAR(100),
    decision_number VARCHAR(100),
    decision_date   DATE,
    decision_signer VARCHAR(200)
);
CREATE INDEX ix_military_service_person ON military_service (person_id);

CREATE TABLE labour_contract (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    person_id       BIGINT       NOT NULL REFERENCES person (id),
    contract_number VARCHAR(50),
    contract_type   VARCHAR(20)  NOT NULL,
    start_date      DATE         NOT NULL,
    end_date        DATE,
    terminated_on   DATE,
    job_title       VARCHAR(200),
    decision_number VARCHAR(100),
    decision_date   DATE,
    decision_signer VARCHAR(200)
);
CREATE INDEX ix_labour_contract_person ON labour_contract (person_id, start_date);

CREATE TABLE retirement_adjustment (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    person_id       BIGINT       NOT NULL REFERENCES person (id),
    kind            VARCHAR(20)  NOT NULL,
    months          INTEGER      NOT NULL,
    legal_basis     VARCHAR(300) NOT NULL,
    decision_number VARCHAR(100),
    decision_date   DATE,
    decision_signer VARCHAR(200)
);
CREATE INDEX ix_retirement_adjustment_person ON retirement_adjustment (person_id);
