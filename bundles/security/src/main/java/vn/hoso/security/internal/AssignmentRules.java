package vn.hoso.security.internal;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import vn.hoso.api.security.Caller;
import vn.hoso.api.security.Role;
import vn.hoso.api.security.RoleAssignment;
import vn.hoso.api.security.UserAccountException;
import vn.hoso.api.security.UserAccountException.Reason;
import vn.hoso.api.security.UserAdministration;

/** Checks a role assignment and returns it with trimmed ids. */
final class AssignmentRules {

  private AssignmentRules() {}

  /**
   * Checks that there is a role, that ids are record ids (positive whole numbers), and that each
   * role has the units or person it needs.
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

  /** Returns the id without surrounding spaces when it is a record id: a positive whole number. */
  private static String checkedId(String id) {
    String stripped = id == null ? "" : id.strip();
    if (Caller.parseRecordId(stripped) == null) {
      throw new UserAccountException(
          Reason.INVALID_ID,
          "Id '"
              + shortened(stripped).replaceAll("\\p{Cntrl}", "?")
              + "' is not a positive whole number of at most 18 digits",
          shortened(stripped));
    }
    return stripped;
  }

  /** Returns the text cut to the longest id accepted, so that a huge value does not flood logs. */
  private static String shortened(String text) {
    return text.length() <= UserAdministration.ID_MAX_LENGTH
        ? text
        : text.substring(0, UserAdministration.ID_MAX_LENGTH) + "…";
  }
}
