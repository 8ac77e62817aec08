package vn.hoso.security.internal;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import vn.hoso.api.security.Role;
import vn.hoso.api.security.RoleAssignment;
import vn.hoso.api.security.UserAccountException;
import vn.hoso.api.security.UserAccountException.Reason;
import vn.hoso.api.security.UserAdministration;

/** Checks a role assignment and returns it with trimmed ids. */
final class AssignmentRules {

  private AssignmentRules() {}

  /**
   * Checks that there is a role, that ids are well-formed, and that each role has the units or
   * person it needs.
   *
   * @throws UserAccountException with the first rule the assignment breaks
   */
  static RoleAssignment check(RoleAssignment assignment) {
    if (assignment.roles().isEmpty()) {
      throw new UserAccountException(Reason.NO_ROLES, "A user needs at least one role");
    }
    Set<String> unitIds = new LinkedHashSet<>();
    for (String unitId : assignment.unitIds()) {
      unitIds.add(checkedId(unitId));
    }
    String personId = assignment.personId() == null ? null : assignment.personId().strip();
    if (personId != null && personId.isEmpty()) {
      personId = null;
    }
    if (personId != null) {
      checkedId(personId);
    }

    for (Role role : EnumSet.copyOf(assignment.roles())) {
      if (role.requiresUnits() && unitIds.isEmpty()) {
        throw new UserAccountException(
            Reason.UNITS_REQUIRED, "Role " + role + " needs at least one unit id", role);
      }
      if (role.requiresPerson() && personId == null) {
        throw new UserAccountException(
            Reason.PERSON_REQUIRED, "Role " + role + " needs a person id");
      }
    }
    return new RoleAssignment(assignment.roles(), unitIds, personId);
  }

  private static String checkedId(String id) {
    String stripped = id == null ? "" : id.strip();
    if (stripped.isEmpty()
        || stripped.length() > UserAdministration.ID_MAX_LENGTH
        || stripped.chars().anyMatch(Character::isISOControl)) {
      throw new UserAccountException(
          Reason.INVALID_ID,
          "Id '"
              + stripped.replaceAll("\\p{Cntrl}", "?")
              + "' is blank, longer than "
              + UserAdministration.ID_MAX_LENGTH
              + " characters or contains a control character",
          stripped);
    }
    return stripped;
  }
}
