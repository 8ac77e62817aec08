package vn.hoso.rest.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hoso.api.scope.UnitScope;
import vn.hoso.api.security.Caller;
import vn.hoso.api.security.Role;
import vn.hoso.rest.internal.problem.ProblemException;

class CallerScopesTest {

  @Test
  void unitOfficerWritesInAssignedSubtrees() {
    CallerSecurityContext officer = context(Set.of(Role.UNIT_OFFICER), Set.of("7"), null);

    assertEquals(UnitScope.subtrees(Set.of(7L)), CallerScopes.write(officer));
  }

  @Test
  void leaderAndEmployeeCannotWrite() {
    CallerSecurityContext leader = context(Set.of(Role.LEADER), Set.of("7"), null);
    CallerSecurityContext employee = context(Set.of(Role.EMPLOYEE), Set.of(), "42");

    ProblemException leaderRejected =
        assertThrows(ProblemException.class, () -> CallerScopes.write(leader));
    ProblemException employeeRejected =
        assertThrows(ProblemException.class, () -> CallerScopes.write(employee));

    assertEquals(403, leaderRejected.status());
    assertEquals("forbidden", leaderRejected.code());
    assertEquals(403, employeeRejected.status());
  }

  @Test
  void employeeReadsOwnRecord() {
    CallerSecurityContext employee = context(Set.of(Role.EMPLOYEE), Set.of(), "42");

    assertEquals(UnitScope.ownRecord(42L), CallerScopes.read(employee));
  }

  @Test
  void changeCarriesUserNameAndReason() {
    CallerSecurityContext officer = context(Set.of(Role.UNIT_OFFICER), Set.of("7"), null);

    assertEquals("lan.nt", CallerScopes.change(officer, " QĐ 12 ").actor());
    assertEquals("QĐ 12", CallerScopes.change(officer, " QĐ 12 ").reason());
    assertNull(CallerScopes.change(officer, " ").reason());
  }

  private static CallerSecurityContext context(
      Set<Role> roles, Set<String> unitIds, String personId) {
    return new CallerSecurityContext(
        new Caller(UUID.randomUUID(), "lan.nt", roles, unitIds, personId, false), false);
  }
}
