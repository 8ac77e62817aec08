package vn.hoso.security.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hoso.api.security.Role;
import vn.hoso.api.security.RoleAssignment;

/** Reads and writes {@code users}, {@code user_roles} and {@code user_units}. */
public final class UserStore {

  private static final Logger LOG = LoggerFactory.getLogger(UserStore.class);

  private static final String SELECT_USER =
      "SELECT id, username, display_name, password_hash, password_change_required, locked,"
          + " failed_logins, locked_until, token_version, person_id, created_at, last_login_at"
          + " FROM users";

  /** Fields of a user that {@link #insert} writes. */
  public record NewRow(
      UUID id,
      String username,
      String displayName,
      String passwordHash,
      boolean passwordChangeRequired,
      RoleAssignment assignment,
      Instant createdAt) {

    @Override
    public String toString() {
      return "NewRow[id=" + id + ", username=" + username + "]";
    }
  }

  public Optional<StoredUser> findById(Connection connection, UUID id) throws SQLException {
    return findOne(connection, SELECT_USER + " WHERE id = ?", id.toString());
  }

  /** Finds a user by the normalized (lower-case) username. */
  public Optional<StoredUser> findByUsername(Connection connection, String username)
      throws SQLException {
    return findOne(connection, SELECT_USER + " WHERE username = ?", username);
  }

  /** Returns one page of users ordered by username. */
  public List<StoredUser> page(Connection connection, int offset, int limit) throws SQLException {
    return query(
        connection,
        SELECT_USER + " ORDER BY username OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
        statement -> {
          statement.setInt(1, offset);
          statement.setInt(2, limit);
        });
  }

  public long count(Connection connection) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM users");
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /**
   * Counts the administrators that are not locked by an administrator, leaving out one user.
   *
   * @param excluded the user to leave out, or {@code null}
   */
  public int countUnlockedAdministrators(Connection connection, UUID excluded) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT COUNT(*) FROM users u JOIN user_roles r ON r.user_id = u.id"
                + " WHERE r.role = ? AND u.locked = FALSE AND u.id <> ?")) {
      statement.setString(1, Role.ADMINISTRATOR.name());
      statement.setString(2, excluded == null ? "" : excluded.toString());
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  /**
   * Inserts a user with its roles and units.
   *
   * @throws SQLException with SQLSTATE 23505 when the username exists
   */
  public void insert(Connection connection, NewRow row) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "INSERT INTO users (id, username, display_name, password_hash,"
                + " password_change_required, locked, failed_logins, token_version, person_id,"
                + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, FALSE, 0, 0, ?, ?, ?)")) {
      statement.setString(1, row.id().toString());
      statement.setString(2, row.username());
      setNullableString(statement, 3, row.displayName());
      setNullableString(statement, 4, row.passwordHash());
      statement.setBoolean(5, row.passwordChangeRequired());
      setNullableString(statement, 6, row.assignment().personId());
      statement.setObject(7, toDatabase(row.createdAt()));
      statement.setObject(8, toDatabase(row.createdAt()));
      statement.executeUpdate();
    }
    insertAssignment(connection, row.id(), row.assignment());
  }

  /** Replaces roles, units and person id. */
  public void replaceAssignment(
      Connection connection, UUID id, RoleAssignment assignment, Instant now) throws SQLException {
    for (String table : List.of("user_roles", "user_units")) {
      try (PreparedStatement statement =
          connection.prepareStatement("DELETE FROM " + table + " WHERE user_id = ?")) {
        statement.setString(1, id.toString());
        statement.executeUpdate();
      }
    }
    insertAssignment(connection, id, assignment);
    try (PreparedStatement statement =
        connection.prepareStatement(
            "UPDATE users SET person_id = ?, updated_at = ? WHERE id = ?")) {
      setNullableString(statement, 1, assignment.personId());
      statement.setObject(2, toDatabase(now));
      statement.setString(3, id.toString());
      statement.executeUpdate();
    }
  }

  /**
   * Stores a new password hash.
   *
   * @param endSessions whether to raise the token version, which rejects every access token issued
   *     before; a rehash after a successful login keeps the sessions
   */
  public void updatePassword(
      Connection connection,
      UUID id,
      String passwordHash,
      boolean changeRequired,
      boolean endSessions,
      Instant now)
      throws SQLException {
    String versionUpdate = endSessions ? ", token_version = token_version + 1" : "";
    try (PreparedStatement statement =
        connection.prepareStatement(
            "UPDATE users SET password_hash = ?, password_change_required = ?, updated_at = ?"
                + versionUpdate
                + " WHERE id = ?")) {
      statement.setString(1, passwordHash);
      statement.setBoolean(2, changeRequired);
      statement.setObject(3, toDatabase(now));
      statement.setString(4, id.toString());
      statement.executeUpdate();
    }
  }

  /** Sets an administrator's lock and raises the token version, which ends the user's sessions. */
  public void lock(Connection connection, UUID id, Instant now) throws SQLException {
    update(
        connection,
        "UPDATE users SET locked = TRUE, token_version = token_version + 1, updated_at = ?"
            + " WHERE id = ?",
        id,
        now);
  }

  /** Lifts an administrator's lock and a temporary lock, and resets the failed-login count. */
  public void unlock(Connection connection, UUID id, Instant now) throws SQLException {
    update(
        connection,
        "UPDATE users SET locked = FALSE, locked_until = NULL, failed_logins = 0, updated_at = ?"
            + " WHERE id = ?",
        id,
        now);
  }

  /**
   * Counts a failed login; the failure that reaches {@code maxFailures} locks the account until
   * {@code lockEnd} and restarts the count.
   *
   * @return the end of the new lock, or empty when this failure did not lock the account
   */
  public Optional<Instant> recordFailedLogin(
      Connection connection, UUID id, int maxFailures, Instant lockEnd, Instant now)
      throws SQLException {
    update(
        connection,
        "UPDATE users SET failed_logins = failed_logins + 1, updated_at = ? WHERE id = ?",
        id,
        now);
    int failures;
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT failed_logins FROM users WHERE id = ?")) {
      statement.setString(1, id.toString());
      try (ResultSet rows = statement.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        failures = rows.getInt(1);
      }
    }
    if (failures < maxFailures) {
      return Optional.empty();
    }
    try (PreparedStatement statement =
        connection.prepareStatement(
            "UPDATE users SET failed_logins = 0, locked_until = ? WHERE id = ?")) {
      statement.setObject(1, toDatabase(lockEnd));
      statement.setString(2, id.toString());
      statement.executeUpdate();
    }
    return Optional.of(lockEnd);
  }

  /** Records a successful login: the failure count restarts and the temporary lock is lifted. */
  public void recordSuccessfulLogin(Connection connection, UUID id, Instant now)
      throws SQLException {
    update(
        connection,
        "UPDATE users SET failed_logins = 0, locked_until = NULL, last_login_at = ? WHERE id = ?",
        id,
        now);
  }

  private static void update(Connection connection, String sql, UUID id, Instant now)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setObject(1, toDatabase(now));
      statement.setString(2, id.toString());
      statement.executeUpdate();
    }
  }

  private static void insertAssignment(Connection connection, UUID id, RoleAssignment assignment)
      throws SQLException {
    try (PreparedStatement roles =
            connection.prepareStatement("INSERT INTO user_roles (user_id, role) VALUES (?, ?)");
        PreparedStatement units =
            connection.prepareStatement(
                "INSERT INTO user_units (user_id, unit_id) VALUES (?, ?)")) {
      for (Role role : assignment.roles()) {
        roles.setString(1, id.toString());
        roles.setString(2, role.name());
        roles.addBatch();
      }
      for (String unitId : assignment.unitIds()) {
        units.setString(1, id.toString());
        units.setString(2, unitId);
        units.addBatch();
      }
      roles.executeBatch();
      units.executeBatch();
    }
  }

  private Optional<StoredUser> findOne(Connection connection, String sql, String key)
      throws SQLException {
    List<StoredUser> users = query(connection, sql, statement -> statement.setString(1, key));
    return users.stream().findFirst();
  }

  @FunctionalInterface
  private interface Parameters {
    void set(PreparedStatement statement) throws SQLException;
  }

  /** Runs a query on {@code users}, then reads the roles and units of all result rows at once. */
  private static List<StoredUser> query(Connection connection, String sql, Parameters parameters)
      throws SQLException {
    List<UserRow> rows = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      parameters.set(statement);
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          rows.add(UserRow.read(result));
        }
      }
    }
    if (rows.isEmpty()) {
      return List.of();
    }

    Map<UUID, Set<Role>> roles = new HashMap<>();
    Map<UUID, Set<String>> units = new HashMap<>();
    readAssignments(connection, rows.stream().map(UserRow::id).toList(), roles, units);
    return rows.stream()
        .map(
            row ->
                row.withAssignment(
                    roles.getOrDefault(row.id(), Set.of()), units.getOrDefault(row.id(), Set.of())))
        .toList();
  }

  /** Reads the roles and units of the given users in one statement. */
  private static void readAssignments(
      Connection connection,
      List<UUID> ids,
      Map<UUID, Set<Role>> roles,
      Map<UUID, Set<String>> units)
      throws SQLException {
    String placeholders = String.join(", ", Collections.nCopies(ids.size(), "?"));
    String sql =
        "SELECT user_id, 'R', role FROM user_roles WHERE user_id IN ("
            + placeholders
            + ") UNION ALL SELECT user_id, 'U', unit_id FROM user_units WHERE user_id IN ("
            + placeholders
            + ")";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < ids.size(); i++) {
        statement.setString(i + 1, ids.get(i).toString());
        statement.setString(ids.size() + i + 1, ids.get(i).toString());
      }
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          UUID id = UUID.fromString(result.getString(1));
          String value = result.getString(3);
          if ("U".equals(result.getString(2))) {
            units.computeIfAbsent(id, key -> new HashSet<>()).add(value);
          } else {
            toRole(id, value)
                .ifPresent(
                    role -> roles.computeIfAbsent(id, key -> EnumSet.noneOf(Role.class)).add(role));
          }
        }
      }
    }
  }

  private static Optional<Role> toRole(UUID userId, String value) {
    try {
      return Optional.of(Role.valueOf(value));
    } catch (IllegalArgumentException e) {
      LOG.warn("User '{}' has the unknown role '{}' in user_roles; it is ignored", userId, value);
      return Optional.empty();
    }
  }

  /** The columns of {@code users}, before roles and units are read. */
  private record UserRow(
      UUID id,
      String username,
      String displayName,
      String passwordHash,
      boolean passwordChangeRequired,
      boolean locked,
      int failedLogins,
      Instant lockedUntil,
      int tokenVersion,
      String personId,
      Instant createdAt,
      Instant lastLoginAt) {

    static UserRow read(ResultSet row) throws SQLException {
      return new UserRow(
          UUID.fromString(row.getString("id")),
          row.getString("username"),
          row.getString("display_name"),
          row.getString("password_hash"),
          row.getBoolean("password_change_required"),
          row.getBoolean("locked"),
          row.getInt("failed_logins"),
          fromDatabase(row.getObject("locked_until", OffsetDateTime.class)),
          row.getInt("token_version"),
          row.getString("person_id"),
          fromDatabase(row.getObject("created_at", OffsetDateTime.class)),
          fromDatabase(row.getObject("last_login_at", OffsetDateTime.class)));
    }

    StoredUser withAssignment(Set<Role> roles, Set<String> unitIds) {
      return new StoredUser(
          id,
          username,
          displayName,
          passwordHash,
          passwordChangeRequired,
          locked,
          failedLogins,
          lockedUntil,
          tokenVersion,
          roles,
          unitIds,
          personId,
          createdAt,
          lastLoginAt);
    }

    @Override
    public String toString() {
      return "UserRow[id=" + id + ", username=" + username + "]";
    }
  }

  private static void setNullableString(PreparedStatement statement, int index, String value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.VARCHAR);
    } else {
      statement.setString(index, value);
    }
  }

  static OffsetDateTime toDatabase(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  static Instant fromDatabase(OffsetDateTime value) {
    return value == null ? null : value.toInstant();
  }
}
