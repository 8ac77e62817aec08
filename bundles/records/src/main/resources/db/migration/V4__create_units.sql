-- Identifiers of units, people and history rows, shared by all of them and handed out by
-- EclipseLink in blocks of 50. The increment must equal the allocationSize of the entities, and
-- the sequence starts at 50 because EclipseLink hands out the 50 values up to the one it reads.
CREATE SEQUENCE record_id_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE unit (
    id        BIGINT       NOT NULL PRIMARY KEY,
    version   BIGINT       NOT NULL,
    code      VARCHAR(50)  NOT NULL,
    name      VARCHAR(300) NOT NULL,
    kind_code VARCHAR(30)  NOT NULL REFERENCES ref_unit_kind (code),
    parent_id BIGINT REFERENCES unit (id),
    active    BOOLEAN      NOT NULL,
    CONSTRAINT uq_unit_code UNIQUE (code)
);
CREATE INDEX ix_unit_parent ON unit (parent_id);

-- The transitive closure of the unit tree: one row per unit and each of its ancestors, and one
-- with depth 0 for the unit itself. Scope and subtree filters join on it, which needs no recursive
-- query and behaves the same on H2 and PostgreSQL.
CREATE TABLE unit_closure (
    ancestor_id   BIGINT  NOT NULL REFERENCES unit (id),
    descendant_id BIGINT  NOT NULL REFERENCES unit (id),
    depth         INTEGER NOT NULL,
    PRIMARY KEY (ancestor_id, descendant_id)
);
CREATE INDEX ix_unit_closure_descendant ON unit_closure (descendant_id);

-- The moves of a unit in the tree, so that its place on any past date can be found.
CREATE TABLE unit_move (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    unit_id         BIGINT                   NOT NULL REFERENCES unit (id),
    old_parent_id   BIGINT,
    new_parent_id   BIGINT,
    effective_date  DATE                     NOT NULL,
    decision_number VARCHAR(100),
    decision_date   DATE,
    decision_signer VARCHAR(200),
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by     VARCHAR(100)             NOT NULL
);
CREATE INDEX ix_unit_move_unit ON unit_move (unit_id, effective_date);
