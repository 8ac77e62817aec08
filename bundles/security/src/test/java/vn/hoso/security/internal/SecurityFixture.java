package vn.hoso.security.internal;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;
import javax.security.auth.login.Configuration;
import javax.sql.DataSource;
import vn.hoso.api.security.NewUser;
import vn.hoso.api.security.Role;
import vn.hoso.api.security.RoleAssignment;
import vn.hoso.api.security.UserAccount;
import vn.hoso.security.internal.jaas.LocalCredentials;
import vn.hoso.security.internal.jaas.LocalLoginModule;
import vn.hoso.security.internal.jaas.RealmLogin;
import vn.hoso.security.internal.password.PasswordHasher;
import vn.hoso.security.internal.password.PasswordPolicy;
import vn.hoso.security.internal.store.Database;
import vn.hoso.security.internal.store.UserStore;

/**
 * The security services on a fresh database, with a clock the test controls and the real JAAS login
 * path: a {@link javax.security.auth.login.LoginContext} running {@link LocalLoginModule}.
 *
 * <p>Hashes use 1,000 iterations instead of 210,000 to keep the tests fast.
 */
final class SecurityFixture {

  static final Instant START = Instant.parse("2026-03-02T01:30:00Z");
  static final String PASSWORD = "Mật khẩu thử 2026";

  final DataSource dataSource = TestDatabase.create();
  final MutableClock clock = new MutableClock(START);
  final PasswordHasher hasher = new PasswordHasher(new SecureRandom(), 1_000);
  final Settings settings;
  final AuthenticationServiceImpl authentication;
  final UserAdministrationImpl administration;

  SecurityFixture(Path keyDirectory) {
    this.settings =
        new Settings(
            Duration.ofMinutes(15),
            Duration.ofHours(8),
            5,
            Duration.ofMinutes(15),
            10,
            keyDirectory.resolve("token-signing.key").toString());
    this.authentication =
        new AuthenticationServiceImpl(dataSource, realmLogin(hasher), hasher, clock, settings);
    this.administration =
        new UserAdministrationImpl(dataSource, hasher, clock, new PasswordPolicy(10));
  }

  /** Returns a login for a realm with only the local module, as the distribution has by default. */
  RealmLogin realmLogin(PasswordHasher realmHasher) {
    LocalCredentials credentials =
        new LocalCredentials(new Database(dataSource), new UserStore(), realmHasher, clock);
    Configuration configuration =
        new Configuration() {
          @Override
          public AppConfigurationEntry[] getAppConfigurationEntry(String name) {
            return new AppConfigurationEntry[] {
              new AppConfigurationEntry(
                  LocalLoginModule.class.getName(),
                  LoginModuleControlFlag.REQUIRED,
                  Map.of(LocalLoginModule.CREDENTIALS_OPTION, credentials))
            };
          }
        };
    return new RealmLogin("hoso", configuration, SecurityFixture.class.getClassLoader());
  }

  /** Creates a unit officer of unit {@code 101} with {@link #PASSWORD}. */
  UserAccount createOfficer(String username) {
    return createUser(username, new RoleAssignment(Set.of(Role.UNIT_OFFICER), Set.of("101"), null));
  }

  UserAccount createUser(String username, RoleAssignment assignment) {
    return administration.createUser(
        new NewUser(username, null, PASSWORD.toCharArray(), false, assignment), "test");
  }
}
