package vn.hoso.api.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hoso.api.security.Caller;
import vn.hoso.api.security.Role;

class UnitScopeTest {

  @Test
  void ministryRolesGetAllUnits() {
    for (Role role : Set.of(Role.ADMINISTRATOR, Role.MINISTRY_OFFICER)) {
      Caller caller = caller(Set.of(role), Set.of("7"), null);

      assertEquals(UnitScope.all(), UnitScope.readableBy(caller), role.name());
      assertEquals(UnitScope.all(), UnitScope.writableBy(caller), role.name());
    }
  }

  @Test
  void unitOfficerReadsAndWritesAssignedSubtrees() {
    Caller officer = caller(Set.of(Role.UNIT_OFFICER), Set.of("7", "9"), null);

    assertEquals(UnitScope.subtrees(Set.of(7L, 9L)), UnitScope.readableBy(officer));
    assertEquals(UnitScope.subtrees(Set.of(7L, 9L)), UnitScope.writableBy(officer));
  }

  @Test
  void leaderReadsSubtreesAndWritesNothing() {
    Caller leader = caller(Set.of(Role.LEADER), Set.of("7"), null);

    assertEquals(UnitScope.subtrees(Set.of(7L)), UnitScope.readableBy(leader));
    assertTrue(UnitScope.writableBy(leader).isEmpty());
  }

  @Test
  void employeeReadsOwnRecordOnly() {
    Caller employee = caller(Set.of(Role.EMPLOYEE), Set.of(), "42");

    UnitScope read = UnitScope.readableBy(employee);

    assertEquals(UnitScope.ownRecord(42L), read);
    assertTrue(read.containsNoUnit());
    assertFalse(read.isEmpty());
    assertTrue(UnitScope.writableBy(employee).isEmpty());
  }

  @Test
  void employeeWhoIsLeaderGetsBoth() {
    Caller caller = caller(Set.of(Role.EMPLOYEE, Role.LEADER), Set.of("7"), "42");

    assertEquals(new UnitScope(false, Set.of(7L), 42L), UnitScope.readableBy(caller));
  }

  @Test
  void idsThatAreNotNumbersGrantNothing() {
    Caller caller = caller(Set.of(Role.UNIT_OFFICER, Role.EMPLOYEE), Set.of("u-1", "007"), "p-42");

    assertTrue(UnitScope.readableBy(caller).isEmpty());
    assertNull(caller.personIdAsLong());
  }

  @Test
  void recordIdsAreStrictWholeNumbers() {
    assertEquals(1L, Caller.parseRecordId("1"));
    assertEquals(999_999_999_999_999_999L, Caller.parseRecordId("999999999999999999"));
    for (String text :
        new String[] {"0", "-1", "+1", " 1", "1.0", "1e3", "", "1234567890123456789"}) {
      assertNull(Caller.parseRecordId(text), text);
    }
  }

  private static Caller caller(Set<Role> roles, Set<String> unitIds, String personId) {
    return new Caller(UUID.randomUUID(), "nguoi.dung", roles, unitIds, personId, false);
  }
}
