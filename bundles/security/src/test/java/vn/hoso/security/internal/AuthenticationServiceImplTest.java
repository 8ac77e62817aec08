package vn.hoso.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import vn.hoso.api.security.AuthenticationException;
import vn.hoso.api.security.AuthenticationException.Reason;
import vn.hoso.api.security.Caller;
import vn.hoso.api.security.NewUser;
import vn.hoso.api.security.Role;
import vn.hoso.api.security.RoleAssignment;
import vn.hoso.api.security.TokenGrant;
import vn.hoso.api.security.UserAccount;
import vn.hoso.api.security.UserAccountException;
import vn.hoso.security.internal.password.PasswordHasher;

class AuthenticationServiceImplTest {

  private static final String WRONG = "Mật khẩu sai 2026";

  @TempDir Path keyDirectory;

  private SecurityFixture fixture;
  private AuthenticationServiceImpl service;
  private UserAccount officer;

  @BeforeEach
  void setUp() {
    fixture = new SecurityFixture(keyDirectory);
    service = fixture.authentication;
    officer = fixture.createOfficer("lan.nt");
  }

  @Test
  void loginGivesTokensThatAuthenticate() {
    TokenGrant grant = service.login("Lan.NT ", SecurityFixture.PASSWORD.toCharArray());

    Caller caller = service.authenticate(grant.accessToken());

    assertEquals(officer.id(), caller.userId());
    assertEquals("lan.nt", caller.username());
    assertEquals(Set.of(Role.UNIT_OFFICER), caller.roles());
    assertEquals(Set.of("101"), caller.unitIds());
    assertFalse(caller.passwordChangeRequired());
    assertEquals(SecurityFixture.START.plus(Duration.ofMinutes(15)), grant.accessTokenExpiresAt());
    assertEquals(SecurityFixture.START.plus(Duration.ofHours(8)), grant.refreshTokenExpiresAt());
  }

  @Test
  void wrongPasswordAndUnknownUserGiveSameReason() {
    assertReason(Reason.INVALID_CREDENTIALS, () -> service.login("lan.nt", WRONG.toCharArray()));
    assertReason(
        Reason.INVALID_CREDENTIALS,
        () -> service.login("nobody", SecurityFixture.PASSWORD.toCharArray()));
    assertReason(
        Reason.INVALID_CREDENTIALS,
        () -> service.login("bad\nname", SecurityFixture.PASSWORD.toCharArray()));
  }

  @Test
  void fifthFailureLocksAccount() {
    for (int i = 0; i < 5; i++) {
      assertReason(Reason.INVALID_CREDENTIALS, () -> service.login("lan.nt", WRONG.toCharArray()));
    }

    assertReason(
        Reason.INVALID_CREDENTIALS,
        () -> service.login("lan.nt", SecurityFixture.PASSWORD.toCharArray()));
    assertEquals(
        SecurityFixture.START.plus(Duration.ofMinutes(15)),
        fixture.administration.findUser(officer.id()).orElseThrow().lockedUntil());
  }

  @Test
  void lockEndsAfterLockoutDuration() {
    for (int i = 0; i < 5; i++) {
      assertReason(Reason.INVALID_CREDENTIALS, () -> service.login("lan.nt", WRONG.toCharArray()));
    }
    fixture.clock.advance(Duration.ofMinutes(14));
    assertReason(
        Reason.INVALID_CREDENTIALS,
        () -> service.login("lan.nt", SecurityFixture.PASSWORD.toCharArray()));

    fixture.clock.advance(Duration.ofMinutes(1));
    TokenGrant grant = service.login("lan.nt", SecurityFixture.PASSWORD.toCharArray());

    assertEquals(officer.id(), service.authenticate(grant.accessToken()).userId());
    assertEquals(null, fixture.administration.findUser(officer.id()).orElseThrow().lockedUntil());
  }

  @Test
  void successResetsFailureCount() {
    for (int i = 0; i < 4; i++) {
      assertReason(Reason.INVALID_CREDENTIALS, () -> service.login("lan.nt", WRONG.toCharArray()));
    }
    service.login("lan.nt", SecurityFixture.PASSWORD.toCharArray());

    for (int i = 0; i < 4; i++) {
      assertReason(Reason.INVALID_CREDENTIALS, () -> service.login("lan.nt", WRONG.toCharArray()));
    }

    service.login("lan.nt", SecurityFixture.PASSWORD.toCharArray());
  }

  @Test
  void failuresDuringLockDoNotExtendIt() {
    for (int i = 0; i < 5; i++) {
      assertReason(Reason.INVALID_CREDENTIALS, () -> service.login("lan.nt", WRONG.toCharArray()));
    }
    fixture.clock.advance(Duration.ofMinutes(10));
    for (int i = 0; i < 5; i++) {
      assertReason(Reason.INVALID_CREDENTIALS, () -> service.login("lan.nt", WRONG.toCharArray()));
    }

    fixture.clock.advance(Duration.ofMinutes(5));

    service.login("lan.nt", SecurityFixture.PASSWORD.toCharArray());
  }

  @Test
  void accessTokenExpiresAfterFifteenMinutes() {
    TokenGrant grant = service.login("lan.nt", SecurityFixture.PASSWORD.toCharArray());

    fixture.clock.advance(Duration.ofMinutes(15));

    assertReason(Reason.EXPIRED_TOKEN, () -> service.authenticate(grant.accessToken()));
  }

  @Test
  void logoutRevokesAccessAndRefreshToken() {
    TokenGrant grant = service.login("lan.nt", SecurityFixture.PASSWORD.toCharArray());

    service.logout(grant.accessToken());

    assertReason(Reason.REVOKED_TOKEN, () -> service.authenticate(grant.accessToken()));
    assertReason(Reason.REVOKED_TOKEN, () -> service.refresh(grant.refreshToken()));
    assertReason(Reason.REVOKED_TOKEN, () -> service.logout(grant.accessToken()));
  }

  @Test
  void logoutEndsOnlyItsOwnSession() {
    TokenGrant first = service.login("lan.nt", SecurityFixture.PASSWORD.toCharArray());
    TokenGrant second = service.login("lan.nt", SecurityFixture.PASSWORD.toCharArray());

    service.logout(first.accessToken());

    assertEquals(officer.id(), service.authenticate(second.accessToken()).userId());
  }

  @Test
  void refreshRotatesRefreshToken() {
    TokenGrant grant = service.login("lan.nt", SecurityFixture.PASSWORD.toCharArray());
    fixture.clock.advance(Duration.ofMinutes(20));

    TokenGrant next = service.refresh(grant.refreshToken());

    assertNotEquals(grant.refreshToken(), next.refreshToken());
    assertEquals(officer.id(), service.authenticate(next.accessToken()).userId());
    assertEquals(grant.refreshTokenExpiresAt(), next.refreshTokenExpiresAt());
  }

  @Test
  void reusedRefreshTokenRevokesSession() {
    TokenGrant grant = service.login("lan.nt", SecurityFixture.PASSWORD.toCharArray());
    fixture.clock.advance(Duration.ofMinutes(1));
    TokenGrant next = service.refresh(grant.refreshToken());

    assertReason(Reason.REVOKED_TOKEN, () -> service.refresh(grant.refreshToken()));

    assertReason(Reason.REVOKED_TOKEN, () -> service.refresh(next.refreshToken()));
    assertReason(Reason.REVOKED_TOKEN, () -> service.authenticate(next.accessToken()));
  }

  @Test
  void sessionEndsAfterEightHours() {
    TokenGrant grant = service.login("lan.nt", SecurityFixture.PASSWORD.toCharArray());
    fixture.clock.advance(Duration.ofHours(7).plusMinutes(55));
    TokenGrant late = service.refresh(grant.refreshToken());

    assertEquals(grant.refreshTokenExpiresAt(), late.accessTokenExpiresAt());
    fixture.clock.advance(Duration.ofMinutes(5));

    assertReason(Reason.EXPIRED_TOKEN, () -> service.refresh(late.refreshToken()));
  }

  @Test
  void accessTokenIsNotARefreshToken() {
    TokenGrant grant = service.login("lan.nt", SecurityFixture.PASSWORD.toCharArray());

    assertReason(Reason.INVALID_TOKEN, () -> service.refresh(grant.accessToken()));
    assertReason(Reason.INVALID_TOKEN, () -> service.authenticate(grant.refreshToken()));
  }

  @Test
  void tokenOfAnotherInstallationIsRejected(@TempDir Path otherKeys) {
    SecurityFixture other = new SecurityFixture(otherKeys);
    other.createOfficer("lan.nt");
    TokenGrant foreign =
        other.authentication.login("lan.nt", SecurityFixture.PASSWORD.toCharArray());

    assertReason(Reason.INVALID_TOKEN, () -> service.authenticate(foreign.accessToken()));
  }

  @Test
  void lockByAdministratorRevokesTokens() {
    TokenGrant grant = service.login("lan.nt", SecurityFixture.PASSWORD.toCharArray());

    fixture.administration.lock(officer.id(), "admin");

    assertReason(Reason.REVOKED_TOKEN, () -> service.authenticate(grant.accessToken()));
    assertReason(Reason.REVOKED_TOKEN, () -> service.refresh(grant.refreshToken()));
    assertReason(
        Reason.INVALID_CREDENTIALS,
        () -> service.login("lan.nt", SecurityFixture.PASSWORD.toCharArray()));
  }

  @Test
  void roleChangeAppliesToNextRequest() {
    TokenGrant grant = service.login("lan.nt", SecurityFixture.PASSWORD.toCharArray());

    fixture.administration.assignRoles(
        officer.id(), new RoleAssignment(Set.of(Role.LEADER), Set.of("102"), null), "admin");

    Caller caller = service.authenticate(grant.accessToken());
    assertEquals(Set.of(Role.LEADER), caller.roles());
    assertEquals(Set.of("102"), caller.unitIds());
  }

  @Test
  void passwordChangeEndsOtherSessions() {
    TokenGrant other = service.login("lan.nt", SecurityFixture.PASSWORD.toCharArray());
    TokenGrant grant = service.login("lan.nt", SecurityFixture.PASSWORD.toCharArray());

    TokenGrant changed =
        service.changePassword(
            grant.accessToken(),
            SecurityFixture.PASSWORD.toCharArray(),
            "Mật khẩu mới 2026".toCharArray());

    assertEquals(officer.id(), service.authenticate(changed.accessToken()).userId());
    assertReason(Reason.REVOKED_TOKEN, () -> service.authenticate(grant.accessToken()));
    assertReason(Reason.REVOKED_TOKEN, () -> service.authenticate(other.accessToken()));
    assertReason(Reason.REVOKED_TOKEN, () -> service.refresh(other.refreshToken()));
    assertReason(
        Reason.INVALID_CREDENTIALS,
        () -> service.login("lan.nt", SecurityFixture.PASSWORD.toCharArray()));
    service.login("lan.nt", "Mật khẩu mới 2026".toCharArray());
  }

  @Test
  void passwordChangeChecksCurrentPassword() {
    TokenGrant grant = service.login("lan.nt", SecurityFixture.PASSWORD.toCharArray());

    assertReason(
        Reason.WRONG_CURRENT_PASSWORD,
        () ->
            service.changePassword(
                grant.accessToken(), WRONG.toCharArray(), "Mật khẩu mới 2026".toCharArray()));
    assertEquals(officer.id(), service.authenticate(grant.accessToken()).userId());
  }

  @Test
  void passwordChangeAppliesPolicy() {
    TokenGrant grant = service.login("lan.nt", SecurityFixture.PASSWORD.toCharArray());
    char[] current = SecurityFixture.PASSWORD.toCharArray();

    UserAccountException tooShort =
        assertThrows(
            UserAccountException.class,
            () -> service.changePassword(grant.accessToken(), current, "ngắn".toCharArray()));
    UserAccountException unchanged =
        assertThrows(
            UserAccountException.class,
            () -> service.changePassword(grant.accessToken(), current, current));

    assertEquals(UserAccountException.Reason.PASSWORD_TOO_SHORT, tooShort.reason());
    assertEquals(UserAccountException.Reason.PASSWORD_UNCHANGED, unchanged.reason());
  }

  @Test
  void mustChangeUserHasNoRolesUntilChanged() {
    fixture.administration.createUser(
        new NewUser(
            "minh.lv",
            "Lê Văn Minh",
            "Tạm thời 12345".toCharArray(),
            true,
            new RoleAssignment(Set.of(Role.MINISTRY_OFFICER), Set.of(), null)),
        "admin");
    TokenGrant grant = service.login("minh.lv", "Tạm thời 12345".toCharArray());

    Caller before = service.authenticate(grant.accessToken());
    TokenGrant changed =
        service.changePassword(
            grant.accessToken(),
            "Tạm thời 12345".toCharArray(),
            "Của riêng tôi 2026".toCharArray());
    Caller after = service.authenticate(changed.accessToken());

    assertTrue(grant.passwordChangeRequired());
    assertTrue(before.passwordChangeRequired());
    assertEquals(Set.of(), before.roles());
    assertFalse(changed.passwordChangeRequired());
    assertEquals(Set.of(Role.MINISTRY_OFFICER), after.roles());
  }

  @Test
  void directoryAccountCannotLogInLocally() {
    fixture.administration.createUser(
        new NewUser(
            "hoa.pt",
            null,
            null,
            false,
            new RoleAssignment(Set.of(Role.LEADER), Set.of("101"), null)),
        "admin");

    assertReason(
        Reason.INVALID_CREDENTIALS, () -> service.login("hoa.pt", "bất kỳ mật khẩu".toCharArray()));
  }

  @Test
  void weakerHashIsUpgradedAtLogin() throws Exception {
    PasswordHasher stronger = new PasswordHasher(new SecureRandom(), 2_000);
    AuthenticationServiceImpl upgrading =
        new AuthenticationServiceImpl(
            fixture.dataSource,
            fixture.realmLogin(stronger),
            stronger,
            fixture.clock,
            fixture.settings);

    upgrading.login("lan.nt", SecurityFixture.PASSWORD.toCharArray());

    String stored = storedHash("lan.nt");
    assertTrue(stored.startsWith("pbkdf2-sha256$2000$"), stored);
    assertFalse(stronger.needsRehash(stored));
    upgrading.login("lan.nt", SecurityFixture.PASSWORD.toCharArray());
  }

  @Test
  void databaseKeepsOnlyRefreshTokenHash() throws Exception {
    TokenGrant grant = service.login("lan.nt", SecurityFixture.PASSWORD.toCharArray());

    try (Connection connection = fixture.dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement("SELECT token_hash FROM refresh_tokens");
        ResultSet rows = statement.executeQuery()) {
      assertTrue(rows.next());
      assertEquals(Hashes.sha256(grant.refreshToken()), rows.getString(1));
      assertFalse(rows.next());
    }
  }

  private String storedHash(String username) throws Exception {
    try (Connection connection = fixture.dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement("SELECT password_hash FROM users WHERE username = ?")) {
      statement.setString(1, username);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getString(1);
      }
    }
  }

  private static void assertReason(Reason expected, Executable action) {
    AuthenticationException e = assertThrows(AuthenticationException.class, action);
    assertEquals(expected, e.reason(), e.getMessage());
  }
}
