package vn.hoso.security.internal.store;

import static vn.hoso.security.internal.store.UserStore.fromDatabase;
import static vn.hoso.security.internal.store.UserStore.toDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads and writes {@code refresh_tokens}: one row per login session, holding the SHA-256 hash of
 * the session's current refresh token.
 */
public final class RefreshTokenStore {

  /**
   * A session row.
   *
   * @param tokenHash hex SHA-256 of the refresh token that is valid now
   * @param revokedAt moment of logout or revocation, or {@code null} while the session is open
   */
  public record Session(
      String id,
      UUID userId,
      String tokenHash,
      Instant createdAt,
      Instant expiresAt,
      Instant revokedAt) {

    public boolean isRevoked() {
      return revokedAt != null;
    }

    @Override
    public String toString() {
      return "Session[id=" + id + ", userId=" + userId + "]";
    }
  }

  public void insert(Connection connection, Session session) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "INSERT INTO refresh_tokens (id, user_id, token_hash, created_at, expires_at)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      statement.setString(1, session.id());
      statement.setString(2, session.userId().toString());
      statement.setString(3, session.tokenHash());
      statement.setObject(4, toDatabase(session.createdAt()));
      statement.setObject(5, toDatabase(session.expiresAt()));
      statement.executeUpdate();
    }
  }

  public Optional<Session> find(Connection connection, String id) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT id, user_id, token_hash, created_at, expires_at, revoked_at"
                + " FROM refresh_tokens WHERE id = ?")) {
      statement.setString(1, id);
      try (ResultSet row = statement.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Session(
                row.getString("id"),
                UUID.fromString(row.getString("user_id")),
                row.getString("token_hash"),
                fromDatabase(row.getObject("created_at", OffsetDateTime.class)),
                fromDatabase(row.getObject("expires_at", OffsetDateTime.class)),
                fromDatabase(row.getObject("revoked_at", OffsetDateTime.class))));
      }
    }
  }

  /**
   * Replaces the refresh token hash of an open session, but only if it still is the expected one.
   *
   * @return {@code false} when another request rotated or revoked the session first
   */
  public boolean rotate(Connection connection, String id, String expectedHash, String newHash)
      throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "UPDATE refresh_tokens SET token_hash = ?"
                + " WHERE id = ? AND token_hash = ? AND revoked_at IS NULL")) {
      statement.setString(1, newHash);
      statement.setString(2, id);
      statement.setString(3, expectedHash);
      return statement.executeUpdate() == 1;
    }
  }

  /** Revokes one session; returns {@code false} when it was revoked already or does not exist. */
  public boolean revoke(Connection connection, String id, Instant now) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "UPDATE refresh_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")) {
      statement.setObject(1, toDatabase(now));
      statement.setString(2, id);
      return statement.executeUpdate() == 1;
    }
  }

  /** Revokes every open session of a user and returns how many there were. */
  public int revokeAllOfUser(Connection connection, UUID userId, Instant now) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "UPDATE refresh_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL")) {
      statement.setObject(1, toDatabase(now));
      statement.setString(2, userId.toString());
      return statement.executeUpdate();
    }
  }

  /** Deletes the sessions that ended before the given moment and returns how many. */
  public int deleteExpired(Connection connection, Instant before) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("DELETE FROM refresh_tokens WHERE expires_at < ?")) {
      statement.setObject(1, toDatabase(before));
      return statement.executeUpdate();
    }
  }
}
