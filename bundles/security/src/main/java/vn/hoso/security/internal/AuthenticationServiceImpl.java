package vn.hoso.security.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javax.security.auth.Subject;
import javax.security.auth.login.LoginException;
import javax.sql.DataSource;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.jaas.config.JaasRealm;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hoso.api.security.AuthenticationException;
import vn.hoso.api.security.AuthenticationException.Reason;
import vn.hoso.api.security.AuthenticationService;
import vn.hoso.api.security.Caller;
import vn.hoso.api.security.Role;
import vn.hoso.api.security.TokenGrant;
import vn.hoso.api.security.UserAccountException;
import vn.hoso.api.system.MigratedSchema;
import vn.hoso.security.internal.jaas.CredentialStoreException;
import vn.hoso.security.internal.jaas.HosoRealm;
import vn.hoso.security.internal.jaas.LocalAccountPrincipal;
import vn.hoso.security.internal.jaas.RealmLogin;
import vn.hoso.security.internal.password.PasswordHasher;
import vn.hoso.security.internal.password.PasswordPolicy;
import vn.hoso.security.internal.store.Database;
import vn.hoso.security.internal.store.RefreshTokenStore;
import vn.hoso.security.internal.store.RefreshTokenStore.Session;
import vn.hoso.security.internal.store.StoredUser;
import vn.hoso.security.internal.store.UserStore;
import vn.hoso.security.internal.token.SigningKeyFile;
import vn.hoso.security.internal.token.TokenClaims;
import vn.hoso.security.internal.token.TokenCodec;
import vn.hoso.security.internal.token.TokenKind;

/**
 * Logins through the {@code hoso} JAAS realm, lockout after failed logins, and sessions with signed
 * tokens whose state lives in the {@code refresh_tokens} table, so that every node of a cluster
 * accepts and revokes the same tokens.
 */
@Component(service = AuthenticationService.class, configurationPid = SecurityConfiguration.PID)
@Designate(ocd = SecurityConfiguration.class)
public final class AuthenticationServiceImpl implements AuthenticationService {

  private static final Logger LOG = LoggerFactory.getLogger(AuthenticationServiceImpl.class);

  /** Time between two deletions of ended sessions. */
  static final Duration PURGE_INTERVAL = Duration.ofHours(1);

  private final Database database;
  private final UserStore users = new UserStore();
  private final RefreshTokenStore sessions = new RefreshTokenStore();
  private final RealmLogin realm;
  private final PasswordHasher hasher;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final AtomicReference<Instant> nextPurge = new AtomicReference<>(Instant.MIN);
  private volatile State state;

  /** The parts that a configuration change replaces together. */
  private record State(Settings settings, TokenCodec codec, PasswordPolicy policy) {}

  /** Starts once the realm is registered, so that the first login finds it. */
  @Activate
  public AuthenticationServiceImpl(
      @Reference(target = "(osgi.jndi.service.name=hoso)") DataSource dataSource,
      @Reference(target = "(" + MigratedSchema.OWNER_PROPERTY + "=vn.hoso.security)")
          MigratedSchema schema,
      @Reference(target = "(" + HosoRealm.REALM_PROPERTY + "=" + HosoRealm.NAME + ")")
          JaasRealm realm,
      SecurityConfiguration configuration) {
    this(
        dataSource,
        new RealmLogin(HosoRealm.NAME, null, AuthenticationServiceImpl.class.getClassLoader()),
        new PasswordHasher(),
        Clock.systemUTC(),
        Settings.from(configuration));
  }

  AuthenticationServiceImpl(
      DataSource dataSource,
      RealmLogin realm,
      PasswordHasher hasher,
      Clock clock,
      Settings settings) {
    this.database = new Database(dataSource);
    this.realm = realm;
    this.hasher = hasher;
    this.clock = clock;
    this.state = createState(settings);
  }

  @Modified
  void modified(SecurityConfiguration configuration) {
    this.state = createState(Settings.from(configuration));
    LOG.info("Configuration '{}' applied", SecurityConfiguration.PID);
  }

  private State createState(Settings settings) {
    Path keyFile = settings.signingKeyFile();
    byte[] key;
    try {
      key = SigningKeyFile.loadOrCreate(keyFile, random);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot read or create the token signing key '" + keyFile + "'", e);
    }
    return new State(
        settings, new TokenCodec(key, clock), new PasswordPolicy(settings.passwordMinimumLength()));
  }

  @Override
  public TokenGrant login(String username, char[] password) {
    Objects.requireNonNull(password, "password");
    State current = state;
    Instant now = now();
    String normalized = Usernames.normalize(username);
    Optional<StoredUser> found =
        Usernames.isValid(normalized)
            ? database.transaction("Reading a user", c -> users.findByUsername(c, normalized))
            : Optional.empty();

    if (found.isEmpty()) {
      hasher.verifyDecoy(password);
      if (Usernames.isValid(normalized)) {
        LOG.warn("Login failed: there is no user '{}'", normalized);
      } else {
        LOG.warn("Login failed: the username is not of a valid form");
      }
      throw invalidCredentials();
    }
    StoredUser user = found.get();
    if (user.isLockedAt(now)) {
      hasher.verifyDecoy(password);
      LOG.warn(
          "Login of user '{}' ({}) rejected: the account is locked{}",
          user.username(),
          user.id(),
          user.locked() ? " by an administrator" : " until " + user.lockedUntil());
      throw invalidCredentials();
    }

    Subject subject;
    try {
      subject = realm.login(normalized, password);
    } catch (CredentialStoreException e) {
      throw new IllegalStateException("Login of user '" + normalized + "' failed", e);
    } catch (LoginException e) {
      // NOTE: Karaf's LDAP module reports an unreachable directory as a LoginException as well, so
      // a directory outage counts as failed logins of directory accounts.
      recordFailure(user, now, current.settings(), "the realm rejected the password");
      throw invalidCredentials();
    }
    if (!loggedInAs(user, subject)) {
      recordFailure(
          user, now, current.settings(), "only the directory accepted a local account's password");
      throw invalidCredentials();
    }

    TokenGrant grant =
        database.transaction(
            "Starting a session",
            c -> {
              users.recordSuccessfulLogin(c, user.id(), now);
              return startSession(c, user, now, current);
            });
    LOG.info(
        "User '{}' ({}) logged in{}",
        user.username(),
        user.id(),
        grant.passwordChangeRequired() ? " and must change the password" : "");
    purgeEndedSessions(now);
    return grant;
  }

  /**
   * Returns whether the realm authenticated the given account: an account with a local password
   * only through the users table, an account without one through the directory.
   */
  private static boolean loggedInAs(StoredUser user, Subject subject) {
    if (user.hasLocalPassword()) {
      return subject.getPrincipals(LocalAccountPrincipal.class).stream()
          .anyMatch(principal -> principal.userId().equals(user.id()));
    }
    return subject.getPrincipals(UserPrincipal.class).stream()
        .anyMatch(principal -> principal.getName().equalsIgnoreCase(user.username()));
  }

  private void recordFailure(StoredUser user, Instant now, Settings settings, String reason) {
    Optional<Instant> lockedUntil =
        database.transaction(
            "Counting a failed login",
            c ->
                users.recordFailedLogin(
                    c,
                    user.id(),
                    settings.lockoutFailures(),
                    now.plus(settings.lockoutDuration()),
                    now));
    if (lockedUntil.isPresent()) {
      LOG.warn(
          "User '{}' ({}) is locked until {} after {} failed logins in a row; the last one: {}",
          user.username(),
          user.id(),
          lockedUntil.get(),
          settings.lockoutFailures(),
          reason);
    } else {
      LOG.warn("Login of user '{}' ({}) failed: {}", user.username(), user.id(), reason);
    }
  }

  @Override
  public TokenGrant refresh(String refreshToken) {
    State current = state;
    Instant now = now();
    TokenClaims claims = current.codec().verify(TokenKind.REFRESH, refreshToken);
    String presentedHash = Hashes.sha256(refreshToken);

    // A reused refresh token revokes its session. That revocation must be committed although the
    // request fails, so the transaction returns the failure instead of throwing it.
    Object outcome =
        database.transaction(
            "Refreshing a session",
            c -> {
              Optional<Session> found = sessions.find(c, claims.sessionId());
              if (found.isEmpty() || !found.get().userId().equals(claims.userId())) {
                return revoked("session " + claims.sessionId() + " does not exist");
              }
              Session session = found.get();
              if (session.isRevoked()) {
                return revoked("session " + session.id() + " ended at " + session.revokedAt());
              }
              if (!Hashes.equal(presentedHash, session.tokenHash())) {
                sessions.revoke(c, session.id(), now);
                LOG.warn(
                    "A refresh token of session '{}' of user '{}' was used a second time;"
                        + " the session is revoked",
                    session.id(),
                    session.userId());
                return revoked("refresh token of session " + session.id() + " was reused");
              }
              Optional<StoredUser> user = users.findById(c, session.userId());
              if (user.isEmpty() || user.get().locked()) {
                sessions.revoke(c, session.id(), now);
                return revoked("user " + session.userId() + " is locked or deleted");
              }

              String next =
                  current
                      .codec()
                      .sign(
                          TokenKind.REFRESH,
                          new TokenClaims(
                              user.get().id(),
                              session.id(),
                              newTokenId(),
                              0,
                              now,
                              session.expiresAt()));
              if (!sessions.rotate(c, session.id(), session.tokenHash(), Hashes.sha256(next))) {
                return revoked("session " + session.id() + " was refreshed concurrently");
              }
              return grant(user.get(), session.id(), next, session.expiresAt(), now, current);
            });
    if (outcome instanceof AuthenticationException failure) {
      throw failure;
    }
    return (TokenGrant) outcome;
  }

  @Override
  public void logout(String accessToken) {
    Instant now = now();
    TokenClaims claims = state.codec().verify(TokenKind.ACCESS, accessToken);
    database.transaction(
        "Ending a session",
        c -> {
          activeUser(c, claims);
          sessions.revoke(c, claims.sessionId(), now);
          return null;
        });
    LOG.info("User '{}' logged out of session '{}'", claims.userId(), claims.sessionId());
  }

  @Override
  public Caller authenticate(String accessToken) {
    TokenClaims claims = state.codec().verify(TokenKind.ACCESS, accessToken);
    StoredUser user = database.transaction("Checking an access token", c -> activeUser(c, claims));
    return toCaller(user);
  }

  /**
   * Returns the user of an access token whose session is open, whose account is not locked by an
   * administrator, and whose token version is current.
   *
   * @throws AuthenticationException with {@link Reason#REVOKED_TOKEN} otherwise
   */
  private StoredUser activeUser(Connection connection, TokenClaims claims) throws SQLException {
    Optional<Session> session = sessions.find(connection, claims.sessionId());
    if (session.isEmpty() || !session.get().userId().equals(claims.userId())) {
      throw revoked("session " + claims.sessionId() + " does not exist");
    }
    if (session.get().isRevoked()) {
      throw revoked("session " + claims.sessionId() + " ended at " + session.get().revokedAt());
    }
    Optional<StoredUser> user = users.findById(connection, claims.userId());
    if (user.isEmpty() || user.get().locked()) {
      throw revoked("user " + claims.userId() + " is locked or deleted");
    }
    if (user.get().tokenVersion() != claims.tokenVersion()) {
      throw revoked("the token predates a password change or lock of user " + claims.userId());
    }
    return user.get();
  }

  @Override
  public TokenGrant changePassword(String accessToken, char[] currentPassword, char[] newPassword) {
    Objects.requireNonNull(currentPassword, "currentPassword");
    Objects.requireNonNull(newPassword, "newPassword");
    State current = state;
    Instant now = now();
    TokenClaims claims = current.codec().verify(TokenKind.ACCESS, accessToken);
    StoredUser user = database.transaction("Checking an access token", c -> activeUser(c, claims));

    if (!user.hasLocalPassword()) {
      throw new UserAccountException(
          UserAccountException.Reason.DIRECTORY_ACCOUNT,
          "User '" + user.username() + "' logs in through the directory and has no local password");
    }
    if (user.isLockedAt(now)) {
      hasher.verifyDecoy(currentPassword);
      LOG.warn(
          "Password change of user '{}' ({}) rejected: the account is locked until {}",
          user.username(),
          user.id(),
          user.lockedUntil());
      throw wrongCurrentPassword(user);
    }
    if (!hasher.verify(currentPassword, user.passwordHash())) {
      recordFailure(user, now, current.settings(), "wrong current password in a password change");
      throw wrongCurrentPassword(user);
    }
    current.policy().check(user.username(), newPassword);
    if (Arrays.equals(currentPassword, newPassword)) {
      throw new UserAccountException(
          UserAccountException.Reason.PASSWORD_UNCHANGED,
          "The new password of user '" + user.username() + "' equals the current one");
    }

    String hash = hasher.hash(newPassword);
    TokenGrant grant =
        database.transaction(
            "Changing a password",
            c -> {
              users.updatePassword(c, user.id(), hash, false, true, now);
              sessions.revokeAllOfUser(c, user.id(), now);
              StoredUser updated = users.findById(c, user.id()).orElseThrow();
              return startSession(c, updated, now, current);
            });
    LOG.info(
        "User '{}' ({}) changed the password; the other sessions are ended",
        user.username(),
        user.id());
    return grant;
  }

  /** Returns the current time in whole seconds, the precision of JWT times. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }

  /** Inserts a new session and returns its first tokens. */
  private TokenGrant startSession(
      Connection connection, StoredUser user, Instant now, State current) throws SQLException {
    String sessionId = UUID.randomUUID().toString();
    Instant sessionEnd = now.plus(current.settings().sessionLifetime());
    String refreshToken =
        current
            .codec()
            .sign(
                TokenKind.REFRESH,
                new TokenClaims(user.id(), sessionId, newTokenId(), 0, now, sessionEnd));
    sessions.insert(
        connection,
        new Session(sessionId, user.id(), Hashes.sha256(refreshToken), now, sessionEnd, null));
    return grant(user, sessionId, refreshToken, sessionEnd, now, current);
  }

  /**
   * Signs an access token, which never outlives its session, and returns it with the refresh token.
   */
  private TokenGrant grant(
      StoredUser user,
      String sessionId,
      String refreshToken,
      Instant sessionEnd,
      Instant now,
      State current) {
    Instant accessEnd = now.plus(current.settings().accessTokenLifetime());
    if (accessEnd.isAfter(sessionEnd)) {
      accessEnd = sessionEnd;
    }
    String accessToken =
        current
            .codec()
            .sign(
                TokenKind.ACCESS,
                new TokenClaims(
                    user.id(), sessionId, newTokenId(), user.tokenVersion(), now, accessEnd));
    return new TokenGrant(
        accessToken, accessEnd, refreshToken, sessionEnd, user.passwordChangeRequired());
  }

  /** A user who must change the password gets no roles, so that every role check rejects them. */
  static Caller toCaller(StoredUser user) {
    Set<Role> roles =
        user.passwordChangeRequired() || user.roles().isEmpty()
            ? Set.of()
            : EnumSet.copyOf(user.roles());
    return new Caller(
        user.id(),
        user.username(),
        roles,
        user.unitIds(),
        user.personId(),
        user.passwordChangeRequired());
  }

  /** Deletes ended sessions at most once per {@link #PURGE_INTERVAL} on this node. */
  private void purgeEndedSessions(Instant now) {
    Instant due = nextPurge.get();
    if (now.isBefore(due) || !nextPurge.compareAndSet(due, now.plus(PURGE_INTERVAL))) {
      return;
    }
    try {
      int deleted =
          database.transaction("Deleting ended sessions", c -> sessions.deleteExpired(c, now));
      LOG.debug("Deleted {} ended sessions", deleted);
    } catch (RuntimeException e) {
      LOG.warn("Deleting ended sessions failed; the next login tries again", e);
      nextPurge.set(now);
    }
  }

  private String newTokenId() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static AuthenticationException invalidCredentials() {
    return new AuthenticationException(
        Reason.INVALID_CREDENTIALS, "Invalid username or password, or the account is locked");
  }

  private static AuthenticationException wrongCurrentPassword(StoredUser user) {
    return new AuthenticationException(
        Reason.WRONG_CURRENT_PASSWORD,
        "The current password of user '" + user.username() + "' is wrong");
  }

  private static AuthenticationException revoked(String reason) {
    return new AuthenticationException(Reason.REVOKED_TOKEN, "Revoked token: " + reason);
  }
}
