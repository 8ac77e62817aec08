-- One row per changed field of every change to a unit, a person or a history row. The record
-- service only inserts into this table. It has no foreign keys, because entries outlive the rows
-- they describe.
-- Handed out like record_id_seq in V4, in blocks of 50.
CREATE SEQUENCE audit_log_id_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE audit_log (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    change_id   VARCHAR(36)              NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(100)             NOT NULL,
    -- The person the row belongs to; null for a unit.
    person_id   BIGINT,
    -- The person's unit after the change (before it, for a delete), or the changed unit.
    unit_id     BIGINT,
    table_name  VARCHAR(40)              NOT NULL,
    row_id      BIGINT                   NOT NULL,
    -- The row's version after the change, or its last version for a delete.
    row_version BIGINT                   NOT NULL,
    operation   VARCHAR(6)               NOT NULL,
    field       VARCHAR(60)              NOT NULL,
    old_value   VARCHAR(4000),
    new_value   VARCHAR(4000),
    reason      VARCHAR(500)
);

CREATE INDEX ix_audit_log_person ON audit_log (person_id, changed_at);
CREATE INDEX ix_audit_log_unit ON audit_log (unit_id, changed_at);
CREATE INDEX ix_audit_log_changed_at ON audit_log (changed_at);
CREATE INDEX ix_audit_log_row ON audit_log (table_name, row_id, row_version);
