package vn.hoso.security.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hoso.api.security.Role;
import vn.hoso.api.security.RoleAssignment;
import vn.hoso.api.system.MigratedSchema;
import vn.hoso.security.internal.password.OneTimePasswords;
import vn.hoso.security.internal.password.PasswordHasher;
import vn.hoso.security.internal.store.Database;
import vn.hoso.security.internal.store.RefreshTokenStore;
import vn.hoso.security.internal.store.StoreException;
import vn.hoso.security.internal.store.StoredUser;
import vn.hoso.security.internal.store.UserStore;

/**
 * Makes sure that someone can administer the installation: when no unlocked administrator exists,
 * it creates the user {@value #USERNAME} with a one-time password that must be changed at the first
 * login, and writes that password to the log once.
 *
 * <p>If a user {@value #USERNAME} exists already (its administrator role was removed outside Hoso),
 * that user gets the role back, is unlocked, and gets a new one-time password.
 */
@Component(
    service = {},
    immediate = true)
public final class InitialAdministrator {

  private static final Logger LOG = LoggerFactory.getLogger(InitialAdministrator.class);

  static final String USERNAME = "admin";

  private final Database database;
  private final UserStore users = new UserStore();
  private final RefreshTokenStore sessions = new RefreshTokenStore();
  private final PasswordHasher hasher;
  private final Clock clock;
  private final SecureRandom random;

  /** Checks for an administrator once the security schema is migrated. */
  @Activate
  public InitialAdministrator(
      @Reference(target = "(osgi.jndi.service.name=hoso)") DataSource dataSource,
      @Reference(target = "(" + MigratedSchema.OWNER_PROPERTY + "=vn.hoso.security)")
          MigratedSchema schema) {
    this(dataSource, new PasswordHasher(), Clock.systemUTC(), new SecureRandom());
    ensureAdministrator();
  }

  InitialAdministrator(
      DataSource dataSource, PasswordHasher hasher, Clock clock, SecureRandom random) {
    this.database = new Database(dataSource);
    this.hasher = hasher;
    this.clock = clock;
    this.random = random;
  }

  /**
   * Creates or restores the initial administrator when there is no unlocked administrator.
   *
   * @return the one-time password, or empty when an administrator exists
   */
  Optional<char[]> ensureAdministrator() {
    boolean missing =
        database.transaction(
            "Looking for an administrator", c -> users.countUnlockedAdministrators(c, null) == 0);
    if (!missing) {
      return Optional.empty();
    }

    char[] password = OneTimePasswords.generate(random);
    String hash = hasher.hash(password);
    Instant now = clock.instant();
    String outcome;
    try {
      outcome =
          database.transaction(
              "Creating the initial administrator",
              c -> {
                if (users.countUnlockedAdministrators(c, null) > 0) {
                  return "exists";
                }
                Optional<StoredUser> existing = users.findByUsername(c, USERNAME);
                if (existing.isEmpty()) {
                  users.insert(
                      c,
                      new UserStore.NewRow(
                          UUID.randomUUID(),
                          USERNAME,
                          "Quản trị hệ thống",
                          hash,
                          true,
                          new RoleAssignment(Set.of(Role.ADMINISTRATOR), Set.of(), null),
                          now));
                  return "created";
                }
                StoredUser user = existing.get();
                Set<Role> roles = EnumSet.of(Role.ADMINISTRATOR);
                roles.addAll(user.roles());
                users.replaceAssignment(
                    c, user.id(), new RoleAssignment(roles, user.unitIds(), user.personId()), now);
                users.updatePassword(c, user.id(), hash, true, true, now);
                users.unlock(c, user.id(), now);
                sessions.revokeAllOfUser(c, user.id(), now);
                return "restored";
              });
    } catch (StoreException e) {
      if (e.isUniqueViolation()) {
        LOG.info("Another node created the initial administrator '{}' at the same time", USERNAME);
        return Optional.empty();
      }
      throw e;
    }
    if ("exists".equals(outcome)) {
      return Optional.empty();
    }

    // The only place where Hoso writes a password to the log, because a new installation has no
    // other way to give the first password to its administrator. It works for one login only,
    // and that login must change it.
    LOG.warn(
        "Tài khoản quản trị '{}' đã được {} với mật khẩu dùng một lần: {} — hãy đăng nhập và đổi"
            + " mật khẩu ngay. / Administrator '{}' {} with the one-time password: {} — log in"
            + " and change it now.",
        USERNAME,
        "created".equals(outcome) ? "tạo" : "khôi phục",
        new String(password),
        USERNAME,
        outcome,
        new String(password));
    return Optional.of(password);
  }
}
