-- A person may have no unit. The record service lets only callers with the scope of all units
-- store or read such a person.
ALTER TABLE person ALTER COLUMN unit_id DROP NOT NULL;
