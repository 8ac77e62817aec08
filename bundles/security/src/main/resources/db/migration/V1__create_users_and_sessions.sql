-- User accounts. Portable SQL for H2 2.2 and PostgreSQL 15.
CREATE TABLE users (
    id                       VARCHAR(36)              NOT NULL PRIMARY KEY,
    username                 VARCHAR(64)              NOT NULL,
    display_name             VARCHAR(200),
    -- '<algorithm>$<iterations>$<salt, Base64>$<hash, Base64>'; NULL for an account that logs in
    -- through the directory (LDAP or Active Directory).
    password_hash            VARCHAR(255),
    password_change_required BOOLEAN                  NOT NULL,
    -- Set and cleared by an administrator.
    locked                   BOOLEAN                  NOT NULL,
    -- Failed logins since the last successful one or the last temporary lock.
    failed_logins            INTEGER                  NOT NULL,
    -- End of the temporary lock after repeated failed logins.
    locked_until             TIMESTAMP WITH TIME ZONE,
    -- Part of every access token; raising it rejects all access tokens issued before.
    token_version            INTEGER                  NOT NULL,
    person_id                VARCHAR(64),
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    last_login_at            TIMESTAMP WITH TIME ZONE,
    CONSTRAINT users_username_unique UNIQUE (username)
);

CREATE TABLE user_roles (
    user_id VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role    VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, role)
);

CREATE INDEX user_roles_role ON user_roles (role);

-- The roots of the unit subtrees a user works on. The unit table belongs to another bundle, so
-- there is no foreign key.
CREATE TABLE user_units (
    user_id VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    unit_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (user_id, unit_id)
);

-- One row per login session. The row id is the session id carried by both tokens of the session;
-- only the SHA-256 hash of the current refresh token is kept. A revoked row rejects the session's
-- access and refresh tokens on every node.
CREATE TABLE refresh_tokens (
    id         VARCHAR(36)              NOT NULL PRIMARY KEY,
    user_id    VARCHAR(36)              NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash VARCHAR(64)              NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at TIMESTAMP WITH TIME ZONE
);

CREATE INDEX refresh_tokens_user_id ON refresh_tokens (user_id);
CREATE INDEX refresh_tokens_expires_at ON refresh_tokens (expires_at);
