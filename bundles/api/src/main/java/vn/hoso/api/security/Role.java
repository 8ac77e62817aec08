package vn.hoso.api.security;

/**
 * A set of permissions. A user has one or more roles, and the unit scope of a role comes from the
 * unit ids assigned to the user (see {@link Caller#unitIds()}).
 */
public enum Role {

  /** Manages user accounts and the installation (quản trị hệ thống). */
  ADMINISTRATOR("Quản trị hệ thống", false, false),

  /** Ministry personnel officer (cán bộ tổ chức cấp bộ): reads and writes records of all units. */
  MINISTRY_OFFICER("Cán bộ tổ chức cấp bộ", false, false),

  /**
   * Unit personnel officer (cán bộ tổ chức đơn vị): reads and writes records in the subtrees of the
   * assigned units.
   */
  UNIT_OFFICER("Cán bộ tổ chức đơn vị", true, false),

  /** Leader (lãnh đạo): reads records and runs reports in the subtrees of the assigned units. */
  LEADER("Lãnh đạo", true, false),

  /**
   * Employee (công chức, viên chức): reads the own record and proposes changes that an officer
   * approves. Requires {@link Caller#personId()}.
   */
  EMPLOYEE("Công chức, viên chức", false, true);

  private final String title;
  private final boolean requiresUnits;
  private final boolean requiresPerson;

  Role(String title, boolean requiresUnits, boolean requiresPerson) {
    this.title = title;
    this.requiresUnits = requiresUnits;
    this.requiresPerson = requiresPerson;
  }

  /** Vietnamese name of the role as shown to users. */
  public String title() {
    return title;
  }

  /** Whether a user with this role must be assigned at least one unit id. */
  public boolean requiresUnits() {
    return requiresUnits;
  }

  /** Whether a user with this role must be linked to a person record. */
  public boolean requiresPerson() {
    return requiresPerson;
  }
}
