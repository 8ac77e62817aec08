package vn.hoso.security.internal.jaas;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hoso.security.internal.Usernames;
import vn.hoso.security.internal.password.PasswordHasher;
import vn.hoso.security.internal.store.Database;
import vn.hoso.security.internal.store.StoredUser;
import vn.hoso.security.internal.store.UserStore;

/**
 * Checks a username and password against the {@code users} table, for {@link LocalLoginModule}.
 *
 * <p>Unknown and locked accounts cost the same hashing time as a wrong password. A correct password
 * whose stored hash uses fewer iterations than the hasher's is hashed again and stored.
 */
public final class LocalCredentials {

  private static final Logger LOG = LoggerFactory.getLogger(LocalCredentials.class);

  /** The outcome of a check. */
  public sealed interface Result permits Verified, NoLocalPassword, Rejected {}

  /** The password matches. */
  public record Verified(StoredUser user) implements Result {}

  /** The account exists but has no local password; the directory decides. */
  public record NoLocalPassword() implements Result {}

  /** The account does not exist, is locked, or the password is wrong. */
  public record Rejected(String reason) implements Result {}

  private final Database database;
  private final UserStore users;
  private final PasswordHasher hasher;
  private final Clock clock;

  public LocalCredentials(Database database, UserStore users, PasswordHasher hasher, Clock clock) {
    this.database = database;
    this.users = users;
    this.hasher = hasher;
    this.clock = clock;
  }

  /**
   * Checks a password.
   *
   * @throws vn.hoso.security.internal.store.StoreException when the database fails
   */
  public Result verify(String username, char[] password) {
    String normalized = Usernames.normalize(username);
    Optional<StoredUser> found =
        Usernames.isValid(normalized)
            ? database.transaction("Reading a user", c -> users.findByUsername(c, normalized))
            : Optional.empty();
    if (found.isEmpty()) {
      hasher.verifyDecoy(password);
      return new Rejected("no such user");
    }

    StoredUser user = found.get();
    Instant now = clock.instant();
    if (!user.hasLocalPassword()) {
      return new NoLocalPassword();
    }
    if (user.isLockedAt(now)) {
      hasher.verifyDecoy(password);
      return new Rejected("the account is locked");
    }
    if (!hasher.verify(password, user.passwordHash())) {
      return new Rejected("wrong password");
    }

    if (hasher.needsRehash(user.passwordHash())) {
      String upgraded = hasher.hash(password);
      database.transaction(
          "Storing an upgraded password hash",
          c -> {
            users.updatePassword(c, user.id(), upgraded, user.passwordChangeRequired(), false, now);
            return null;
          });
      LOG.info(
          "Password hash of user '{}' ({}) upgraded to {} iterations",
          user.username(),
          user.id(),
          hasher.iterations());
    }
    return new Verified(user);
  }
}
