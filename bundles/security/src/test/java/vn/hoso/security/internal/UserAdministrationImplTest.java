package vn.hoso.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.hoso.api.security.AuthenticationException;
import vn.hoso.api.security.NewUser;
import vn.hoso.api.security.Role;
import vn.hoso.api.security.RoleAssignment;
import vn.hoso.api.security.TokenGrant;
import vn.hoso.api.security.UserAccount;
import vn.hoso.api.security.UserAccountException;
import vn.hoso.api.security.UserAccountException.Reason;
import vn.hoso.api.security.UserPage;

class UserAdministrationImplTest {

  private static final RoleAssignment ADMINISTRATOR =
      new RoleAssignment(Set.of(Role.ADMINISTRATOR), Set.of(), null);

  @TempDir Path keyDirectory;

  private SecurityFixture fixture;
  private UserAdministrationImpl administration;

  @BeforeEach
  void setUp() {
    fixture = new SecurityFixture(keyDirectory);
    administration = fixture.administration;
  }

  @Test
  void createdUserIsStoredNormalized() {
    UserAccount created =
        administration.createUser(
            new NewUser(
                "  Nguyen.VanA ",
                "  Nguyễn Văn A ",
                SecurityFixture.PASSWORD.toCharArray(),
                true,
                new RoleAssignment(Set.of(Role.EMPLOYEE), Set.of(), " 42 ")),
            "admin");

    UserAccount found = administration.findUserByUsername("NGUYEN.VANA").orElseThrow();
    assertEquals(created, found);
    assertEquals("nguyen.vana", found.username());
    assertEquals("Nguyễn Văn A", found.displayName());
    assertEquals("42", found.assignment().personId());
    assertTrue(found.passwordChangeRequired());
    assertFalse(found.locked());
    assertNull(found.lastLoginAt());
  }

  @Test
  void takenUsernameIsRejected() {
    fixture.createOfficer("lan.nt");

    assertReason(Reason.USERNAME_TAKEN, () -> fixture.createOfficer("LAN.NT"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "ab",
        "-lan",
        "lan nt",
        "lân",
        "a\nb",
        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
      })
  void invalidUsernameIsRejected(String username) {
    assertReason(Reason.INVALID_USERNAME, () -> fixture.createOfficer(username));
  }

  @Test
  void assignmentRulesAreChecked() {
    assertReason(
        Reason.NO_ROLES,
        () -> fixture.createUser("lan.nt", new RoleAssignment(Set.of(), Set.of(), null)));
    assertReason(
        Reason.UNITS_REQUIRED,
        () ->
            fixture.createUser(
                "lan.nt", new RoleAssignment(Set.of(Role.UNIT_OFFICER), Set.of(), null)));
    assertReason(
        Reason.UNITS_REQUIRED,
        () ->
            fixture.createUser("lan.nt", new RoleAssignment(Set.of(Role.LEADER), Set.of(), null)));
    assertReason(
        Reason.PERSON_REQUIRED,
        () ->
            fixture.createUser("lan.nt", new RoleAssignment(Set.of(Role.EMPLOYEE), Set.of(), " ")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"u-1", "abc", "0", "-5", "+5", "007", "1.5", "1 2", "u\t1", "1234567890123456789"})
  void nonNumericUnitIdIsRejected(String unitId) {
    assertReason(
        Reason.INVALID_ID,
        () ->
            fixture.createUser(
                "lan.nt", new RoleAssignment(Set.of(Role.LEADER), Set.of(unitId), null)));
  }

  @Test
  void nonNumericPersonIdIsRejected() {
    assertReason(
        Reason.INVALID_ID,
        () ->
            fixture.createUser(
                "lan.nt", new RoleAssignment(Set.of(Role.EMPLOYEE), Set.of(), "p-42")));
    assertReason(
        Reason.INVALID_ID,
        () ->
            fixture.createUser(
                "lan.nt", new RoleAssignment(Set.of(Role.EMPLOYEE), Set.of(), "4".repeat(65))));
  }

  @Test
  void passwordRulesApplyToNewUsers() {
    assertReason(
        Reason.PASSWORD_TOO_SHORT,
        () ->
            administration.createUser(
                new NewUser("lan.nt", null, "ngắn".toCharArray(), false, ADMINISTRATOR), "admin"));
  }

  @Test
  void lastAdministratorCannotBeLockedOrDemoted() {
    UserAccount only = fixture.createUser("quantri", ADMINISTRATOR);

    assertReason(Reason.LAST_ADMINISTRATOR, () -> administration.lock(only.id(), "quantri"));
    assertReason(
        Reason.LAST_ADMINISTRATOR,
        () ->
            administration.assignRoles(
                only.id(),
                new RoleAssignment(Set.of(Role.MINISTRY_OFFICER), Set.of(), null),
                "quantri"));
  }

  @Test
  void secondAdministratorAllowsLock() {
    UserAccount first = fixture.createUser("quantri", ADMINISTRATOR);
    UserAccount second = fixture.createUser("quantri2", ADMINISTRATOR);

    UserAccount locked = administration.lock(first.id(), "quantri2");

    assertTrue(locked.locked());
    assertReason(Reason.LAST_ADMINISTRATOR, () -> administration.lock(second.id(), "quantri2"));
  }

  @Test
  void unlockLiftsTemporaryLock() {
    UserAccount officer = fixture.createOfficer("lan.nt");
    for (int i = 0; i < 5; i++) {
      assertThrows(
          AuthenticationException.class,
          () -> fixture.authentication.login("lan.nt", "Mật khẩu sai 2026".toCharArray()));
    }
    assertEquals(
        SecurityFixture.START.plusSeconds(15 * 60),
        administration.findUser(officer.id()).orElseThrow().lockedUntil());

    administration.unlock(officer.id(), "admin");

    assertNull(administration.findUser(officer.id()).orElseThrow().lockedUntil());
    fixture.authentication.login("lan.nt", SecurityFixture.PASSWORD.toCharArray());
  }

  @Test
  void setPasswordEndsSessionsAndCanRequireChange() {
    UserAccount officer = fixture.createOfficer("lan.nt");
    TokenGrant grant =
        fixture.authentication.login("lan.nt", SecurityFixture.PASSWORD.toCharArray());

    UserAccount updated =
        administration.setPassword(officer.id(), "Đặt lại 2026!".toCharArray(), true, "admin");

    assertTrue(updated.passwordChangeRequired());
    assertThrows(
        AuthenticationException.class,
        () -> fixture.authentication.authenticate(grant.accessToken()));
    assertTrue(
        fixture
            .authentication
            .login("lan.nt", "Đặt lại 2026!".toCharArray())
            .passwordChangeRequired());
  }

  @Test
  void unknownUserIsNotFound() {
    UUID unknown = UUID.randomUUID();

    assertReason(Reason.USER_NOT_FOUND, () -> administration.lock(unknown, "admin"));
    assertReason(Reason.USER_NOT_FOUND, () -> administration.unlock(unknown, "admin"));
    assertReason(
        Reason.USER_NOT_FOUND,
        () ->
            administration.setPassword(unknown, "Mật khẩu mới 2026".toCharArray(), false, "admin"));
    assertReason(
        Reason.USER_NOT_FOUND, () -> administration.assignRoles(unknown, ADMINISTRATOR, "admin"));
    assertTrue(administration.findUser(unknown).isEmpty());
  }

  @Test
  void listPagesByUsername() {
    for (String name : List.of("cuong", "anh", "binh", "dung", "giang")) {
      fixture.createOfficer(name);
    }

    UserPage first = administration.listUsers(0, 2);
    UserPage last = administration.listUsers(2, 2);
    UserPage beyond = administration.listUsers(5, 2);

    assertEquals(5, first.total());
    assertEquals(
        List.of("anh", "binh"), first.users().stream().map(UserAccount::username).toList());
    assertEquals(List.of("giang"), last.users().stream().map(UserAccount::username).toList());
    assertEquals(Set.of("101"), first.users().get(0).assignment().unitIds());
    assertEquals(List.of(), beyond.users());
  }

  @Test
  void pageOutOfRangeIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> administration.listUsers(-1, 10));
    assertThrows(IllegalArgumentException.class, () -> administration.listUsers(0, 0));
    assertThrows(IllegalArgumentException.class, () -> administration.listUsers(0, 201));
  }

  private static void assertReason(Reason expected, Executable action) {
    UserAccountException e = assertThrows(UserAccountException.class, action);
    assertEquals(expected, e.reason(), e.getMessage());
  }
}
