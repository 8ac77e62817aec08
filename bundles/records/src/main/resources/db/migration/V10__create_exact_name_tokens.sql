-- Search reads the people whose names contain a word in name order straight from the word's index
-- rows. Before, it walked person in name order and looked each person up in person_name_token, so
-- a search for a given name that sorts late, such as "thuy", read most of a million people before
-- the first match, because the name order starts with the given name.

-- person_name_token gets the person's sort key, kept equal to person.sort_key by the record service,
-- which replaces a person's word rows on every change of the person.
ALTER TABLE person_name_token ADD COLUMN sort_key BYTEA;
UPDATE person_name_token
SET sort_key = (SELECT p.sort_key FROM person p WHERE p.id = person_name_token.person_id);
ALTER TABLE person_name_token ALTER COLUMN sort_key SET NOT NULL;
DROP INDEX ix_person_name_token;
CREATE INDEX ix_person_name_token ON person_name_token (token, sort_key, person_id);

-- The words of each person's full name and other names in their exact form, one row per distinct
-- word: lower case with the letter marks and the tone as a trailing digit, as in person.name_exact
-- ("hoa1" for both "Hòa" and "Hoà"). A search typed with diacritics lists the people whose names
-- contain its words in this form first, read from this index.
CREATE TABLE person_name_exact_token (
    person_id BIGINT      NOT NULL REFERENCES person (id),
    token     VARCHAR(50) NOT NULL,
    sort_key  BYTEA       NOT NULL,
    PRIMARY KEY (person_id, token)
);
CREATE INDEX ix_person_name_exact_token ON person_name_exact_token (token, sort_key, person_id);

-- Fill it for the people stored before by splitting person.name_exact at its spaces: the column
-- starts and ends with a space and separates its words with one. The recursive query runs on H2
-- and PostgreSQL alike.
INSERT INTO person_name_exact_token (person_id, token, sort_key)
WITH RECURSIVE words (person_id, word, rest) AS (
    SELECT id, CAST('' AS VARCHAR(500)), CAST(SUBSTRING(name_exact, 2) AS VARCHAR(500))
    FROM person
  UNION ALL
    SELECT person_id,
           CAST(SUBSTRING(rest, 1, POSITION(' ' IN rest) - 1) AS VARCHAR(500)),
           CAST(SUBSTRING(rest, POSITION(' ' IN rest) + 1) AS VARCHAR(500))
    FROM words
    WHERE POSITION(' ' IN rest) > 0
)
SELECT DISTINCT w.person_id, w.word, p.sort_key
FROM words w JOIN person p ON p.id = w.person_id
WHERE w.word <> '';
