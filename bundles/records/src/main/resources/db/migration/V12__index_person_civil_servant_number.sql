-- Imports match a person by civil servant number when the row has no identity number, or when no
-- stored person has it. Without an index every such match read the whole person table, so an
-- import of new people took time in proportion to the square of their number.
CREATE INDEX ix_person_civil_servant_number ON person (civil_servant_number);
