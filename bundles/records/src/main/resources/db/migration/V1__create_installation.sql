-- One row, written by the first start on this database.
CREATE TABLE installation (
    id           VARCHAR(36)              NOT NULL PRIMARY KEY,
    installed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
