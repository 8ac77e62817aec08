package vn.hoso.security.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hoso.api.security.NewUser;
import vn.hoso.api.security.Role;
import vn.hoso.api.security.RoleAssignment;
import vn.hoso.api.security.UserAccount;
import vn.hoso.api.security.UserAccountException;
import vn.hoso.api.security.UserAccountException.Reason;
import vn.hoso.api.security.UserAdministration;
import vn.hoso.api.security.UserPage;
import vn.hoso.api.system.MigratedSchema;
import vn.hoso.security.internal.password.PasswordHasher;
import vn.hoso.security.internal.password.PasswordPolicy;
import vn.hoso.security.internal.store.Database;
import vn.hoso.security.internal.store.RefreshTokenStore;
import vn.hoso.security.internal.store.StoreException;
import vn.hoso.security.internal.store.StoredUser;
import vn.hoso.security.internal.store.UserStore;

/** Creates and changes user accounts in the users table. */
@Component(service = UserAdministration.class, configurationPid = SecurityConfiguration.PID)
public final class UserAdministrationImpl implements UserAdministration {

  private static final Logger LOG = LoggerFactory.getLogger(UserAdministrationImpl.class);

  private final Database database;
  private final UserStore users = new UserStore();
  private final RefreshTokenStore sessions = new RefreshTokenStore();
  private final PasswordHasher hasher;
  private final Clock clock;
  private volatile PasswordPolicy policy;

  @Activate
  public UserAdministrationImpl(
      @Reference(target = "(osgi.jndi.service.name=hoso)") DataSource dataSource,
      @Reference(target = "(" + MigratedSchema.OWNER_PROPERTY + "=vn.hoso.security)")
          MigratedSchema schema,
      SecurityConfiguration configuration) {
    this(
        dataSource,
        new PasswordHasher(),
        Clock.systemUTC(),
        new PasswordPolicy(Settings.from(configuration).passwordMinimumLength()));
  }

  UserAdministrationImpl(
      DataSource dataSource, PasswordHasher hasher, Clock clock, PasswordPolicy policy) {
    this.database = new Database(dataSource);
    this.hasher = hasher;
    this.clock = clock;
    this.policy = policy;
  }

  @Modified
  void modified(SecurityConfiguration configuration) {
    this.policy = new PasswordPolicy(Settings.from(configuration).passwordMinimumLength());
  }

  @Override
  public UserAccount createUser(NewUser user, String actor) {
    String username = checkedUsername(user.username());
    String displayName = checkedDisplayName(user.displayName());
    RoleAssignment assignment = AssignmentRules.check(user.assignment());
    String passwordHash = null;
    if (user.password() != null) {
      policy.check(username, user.password());
      passwordHash = hasher.hash(user.password());
    }
    Instant now = clock.instant();
    UserStore.NewRow row =
        new UserStore.NewRow(
            UUID.randomUUID(),
            username,
            displayName,
            passwordHash,
            user.password() != null && user.passwordChangeRequired(),
            assignment,
            now);

    StoredUser created;
    try {
      created =
          database.transaction(
              "Creating a user",
              c -> {
                if (users.findByUsername(c, username).isPresent()) {
                  throw usernameTaken(username);
                }
                users.insert(c, row);
                return users.findById(c, row.id()).orElseThrow();
              });
    } catch (StoreException e) {
      if (e.isUniqueViolation()) {
        throw usernameTaken(username);
      }
      throw e;
    }
    LOG.info(
        "User '{}' ({}) created by '{}' with roles {}, units {}{}",
        created.username(),
        created.id(),
        actor,
        created.roles(),
        created.unitIds(),
        created.hasLocalPassword() ? "" : "; logs in through the directory");
    return created.toAccount(now);
  }

  @Override
  public UserAccount setPassword(
      UUID userId, char[] password, boolean changeRequired, String actor) {
    StoredUser user = find(userId);
    policy.check(user.username(), password);
    String hash = hasher.hash(password);
    Instant now = clock.instant();
    StoredUser updated =
        database.transaction(
            "Setting a password",
            c -> {
              users.updatePassword(c, userId, hash, changeRequired, true, now);
              sessions.revokeAllOfUser(c, userId, now);
              return existing(c, userId);
            });
    LOG.info(
        "Password of user '{}' ({}) set by '{}'{}; the user's sessions are ended",
        user.username(),
        userId,
        actor,
        changeRequired ? ", to be changed at the next login" : "");
    return updated.toAccount(now);
  }

  @Override
  public UserAccount assignRoles(UUID userId, RoleAssignment assignment, String actor) {
    RoleAssignment checked = AssignmentRules.check(assignment);
    Instant now = clock.instant();
    StoredUser updated =
        database.transaction(
            "Assigning roles",
            c -> {
              StoredUser user = existing(c, userId);
              if (!checked.roles().contains(Role.ADMINISTRATOR)) {
                requireAnotherAdministrator(c, user);
              }
              users.replaceAssignment(c, userId, checked, now);
              return existing(c, userId);
            });
    LOG.info(
        "Roles of user '{}' ({}) set by '{}' to {}, units {}, person '{}'",
        updated.username(),
        userId,
        actor,
        updated.roles(),
        updated.unitIds(),
        updated.personId());
    return updated.toAccount(now);
  }

  @Override
  public UserAccount lock(UUID userId, String actor) {
    Instant now = clock.instant();
    StoredUser updated =
        database.transaction(
            "Locking a user",
            c -> {
              requireAnotherAdministrator(c, existing(c, userId));
              users.lock(c, userId, now);
              sessions.revokeAllOfUser(c, userId, now);
              return existing(c, userId);
            });
    LOG.info(
        "User '{}' ({}) locked by '{}'; the user's sessions are ended",
        updated.username(),
        userId,
        actor);
    return updated.toAccount(now);
  }

  @Override
  public UserAccount unlock(UUID userId, String actor) {
    Instant now = clock.instant();
    StoredUser updated =
        database.transaction(
            "Unlocking a user",
            c -> {
              existing(c, userId);
              users.unlock(c, userId, now);
              return existing(c, userId);
            });
    LOG.info("User '{}' ({}) unlocked by '{}'", updated.username(), userId, actor);
    return updated.toAccount(now);
  }

  @Override
  public Optional<UserAccount> findUser(UUID userId) {
    Instant now = clock.instant();
    return database
        .transaction("Reading a user", c -> users.findById(c, userId))
        .map(user -> user.toAccount(now));
  }

  @Override
  public Optional<UserAccount> findUserByUsername(String username) {
    String normalized = Usernames.normalize(username);
    if (!Usernames.isValid(normalized)) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return database
        .transaction("Reading a user", c -> users.findByUsername(c, normalized))
        .map(user -> user.toAccount(now));
  }

  @Override
  public UserPage listUsers(int page, int size) {
    if (page < 0 || size < 1 || size > PAGE_SIZE_MAX) {
      throw new IllegalArgumentException(
          "Page must be 0 or more and size 1 to " + PAGE_SIZE_MAX + ", not " + page + "/" + size);
    }
    Instant now = clock.instant();
    long offset = (long) page * size;
    return database.transaction(
        "Listing users",
        c -> {
          long total = users.count(c);
          List<UserAccount> accounts =
              offset >= total
                  ? List.of()
                  : users.page(c, (int) offset, size).stream()
                      .map(user -> user.toAccount(now))
                      .toList();
          return new UserPage(accounts, total, page, size);
        });
  }

  /**
   * Rejects a change that takes the administrator role or the unlocked state from the last unlocked
   * administrator.
   *
   * <p>NOTE: under READ COMMITTED, two concurrent transactions that each lock or demote a different
   * one of the last two administrators both pass this check. The next start then restores {@code
   * admin} through {@link InitialAdministrator}.
   */
  private void requireAnotherAdministrator(Connection connection, StoredUser user)
      throws SQLException {
    boolean activeAdministrator = user.roles().contains(Role.ADMINISTRATOR) && !user.locked();
    if (activeAdministrator && users.countUnlockedAdministrators(connection, user.id()) == 0) {
      throw new UserAccountException(
          Reason.LAST_ADMINISTRATOR,
          "User '" + user.username() + "' is the last unlocked administrator",
          user.username());
    }
  }

  private StoredUser find(UUID userId) {
    return database.transaction("Reading a user", c -> existing(c, userId));
  }

  private StoredUser existing(Connection connection, UUID userId) throws SQLException {
    return users
        .findById(connection, userId)
        .orElseThrow(
            () ->
                new UserAccountException(
                    Reason.USER_NOT_FOUND, "There is no user " + userId, userId.toString()));
  }

  private static String checkedUsername(String username) {
    String normalized = Usernames.normalize(username);
    if (!Usernames.isValid(normalized)) {
      String printable = username == null ? "" : username.replaceAll("\\p{Cntrl}", "?");
      throw new UserAccountException(
          Reason.INVALID_USERNAME,
          "Username '" + printable + "' is not of a valid form",
          printable);
    }
    return normalized;
  }

  private static String checkedDisplayName(String displayName) {
    if (displayName == null || displayName.isBlank()) {
      return null;
    }
    String stripped = displayName.strip();
    if (stripped.length() > DISPLAY_NAME_MAX_LENGTH
        || stripped.chars().anyMatch(Character::isISOControl)) {
      throw new UserAccountException(
          Reason.INVALID_DISPLAY_NAME,
          "Display name is longer than "
              + DISPLAY_NAME_MAX_LENGTH
              + " characters or contains a control character",
          DISPLAY_NAME_MAX_LENGTH);
    }
    return stripped;
  }

  private static UserAccountException usernameTaken(String username) {
    return new UserAccountException(
        Reason.USERNAME_TAKEN, "Username '" + username + "' is taken", username);
  }
}
