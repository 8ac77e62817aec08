-- Changes that employees propose to their own records, and the decisions on them. The person has
-- no foreign key, so that deleting a person keeps their requests as history. The change request
-- service shows a request only to callers who can see its person.
CREATE TABLE change_request (
    -- From record_id_seq, like units and people.
    id               BIGINT                   NOT NULL PRIMARY KEY,
    version          BIGINT                   NOT NULL,
    person_id        BIGINT                   NOT NULL,
    -- UPDATE_PERSON, ADD_ROW, UPDATE_ROW or DELETE_ROW.
    operation        VARCHAR(20)              NOT NULL,
    -- The history table as the REST API names it, for example training; null for UPDATE_PERSON.
    history_kind     VARCHAR(40),
    -- The history row changed or deleted, or the row an approved ADD_ROW created.
    row_id           BIGINT,
    -- The version of the person or row the proposal was made against; approval requires it.
    base_version     BIGINT,
    note             VARCHAR(2000),
    -- PENDING, APPROVED or REJECTED.
    status           VARCHAR(10)              NOT NULL,
    submitted_by     VARCHAR(100)             NOT NULL,
    submitted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by       VARCHAR(100),
    decided_at       TIMESTAMP WITH TIME ZONE,
    rejection_reason VARCHAR(2000),
    -- The evidence file's name, media type and size; its content is in change_request_evidence.
    evidence_name    VARCHAR(200),
    evidence_type    VARCHAR(50),
    evidence_size    INTEGER
);

CREATE INDEX ix_change_request_person ON change_request (person_id, submitted_at);
CREATE INDEX ix_change_request_status ON change_request (status, submitted_at);

-- The fields a request changes, in the order of the record's fields, with their values as text in
-- the form of the audit log.
CREATE TABLE change_request_field (
    request_id  BIGINT        NOT NULL REFERENCES change_request (id),
    field_index INTEGER       NOT NULL,
    field       VARCHAR(60)   NOT NULL,
    old_value   VARCHAR(4000),
    new_value   VARCHAR(4000),
    PRIMARY KEY (request_id, field_index)
);

-- The content of a request's evidence file, kept apart so that lists do not read it.
CREATE TABLE change_request_evidence (
    request_id BIGINT NOT NULL PRIMARY KEY REFERENCES change_request (id),
    content    BYTEA  NOT NULL
);
