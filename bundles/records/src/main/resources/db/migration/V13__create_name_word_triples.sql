-- Every set of three distinct words of a person's names, folded and exact, so that a search for
-- three words or more reads the people who have three of them from one index in name order.
-- Single words are common: the people benchmark's 1,000,000 people share 92 given names, and a
-- third of them are Nguyễn. Intersecting the words of a full name took p95 140 ms there on an idle
-- machine, while the largest triple, "nguyen thi thu", has 5,893 people.
--
-- The key of a triple is its three words sorted by their UTF-8 bytes and joined by single spaces
-- (WordTriples in the records bundle). A person with more than 10 distinct exact words gets no
-- triples but one person_name_triple row with the key '*', and a search that such a person matches
-- reads the single words instead. The record service replaces a person's rows on every change.
--
-- The keys and indexes come after the rows. On PostgreSQL, with another build running, filling
-- the folded table for a million people took 44 s with them, checked row by row, and 21 s without.
CREATE TABLE person_name_triple (
    person_id BIGINT       NOT NULL,
    words     VARCHAR(152) NOT NULL,
    sort_key  BYTEA        NOT NULL
);

CREATE TABLE person_name_exact_triple (
    person_id BIGINT       NOT NULL,
    words     VARCHAR(152) NOT NULL,
    sort_key  BYTEA        NOT NULL
);

-- Fill both for the people stored before from their word rows. Casting a word to BYTEA gives its
-- UTF-8 bytes on H2 2 and on PostgreSQL (words contain no backslash), and both compare BYTEA byte
-- by byte, so the keys come out as WordTriples builds them, whatever the database's collation.
INSERT INTO person_name_triple (person_id, words, sort_key)
SELECT t1.person_id, t1.token || ' ' || t2.token || ' ' || t3.token, t1.sort_key
FROM person_name_token t1
JOIN person_name_token t2
  ON t2.person_id = t1.person_id AND CAST(t2.token AS BYTEA) > CAST(t1.token AS BYTEA)
JOIN person_name_token t3
  ON t3.person_id = t1.person_id AND CAST(t3.token AS BYTEA) > CAST(t2.token AS BYTEA)
WHERE t1.person_id IN (
    SELECT e.person_id FROM person_name_exact_token e GROUP BY e.person_id HAVING COUNT(*) <= 10);

INSERT INTO person_name_triple (person_id, words, sort_key)
SELECT p.id, '*', p.sort_key
FROM person p
WHERE p.id IN (
    SELECT e.person_id FROM person_name_exact_token e GROUP BY e.person_id HAVING COUNT(*) > 10);

INSERT INTO person_name_exact_triple (person_id, words, sort_key)
SELECT t1.person_id, t1.token || ' ' || t2.token || ' ' || t3.token, t1.sort_key
FROM person_name_exact_token t1
JOIN person_name_exact_token t2
  ON t2.person_id = t1.person_id AND CAST(t2.token AS BYTEA) > CAST(t1.token AS BYTEA)
JOIN person_name_exact_token t3
  ON t3.person_id = t1.person_id AND CAST(t3.token AS BYTEA) > CAST(t2.token AS BYTEA)
WHERE t1.person_id IN (
    SELECT e.person_id FROM person_name_exact_token e GROUP BY e.person_id HAVING COUNT(*) <= 10);

ALTER TABLE person_name_triple ADD PRIMARY KEY (person_id, words);
ALTER TABLE person_name_triple ADD FOREIGN KEY (person_id) REFERENCES person (id);
CREATE INDEX ix_person_name_triple ON person_name_triple (words, sort_key, person_id);

ALTER TABLE person_name_exact_triple ADD PRIMARY KEY (person_id, words);
ALTER TABLE person_name_exact_triple ADD FOREIGN KEY (person_id) REFERENCES person (id);
CREATE INDEX ix_person_name_exact_triple ON person_name_exact_triple (words, sort_key, person_id);
