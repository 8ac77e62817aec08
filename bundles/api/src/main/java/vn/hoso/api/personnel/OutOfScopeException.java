package vn.hoso.api.personnel;

/**
 * Thrown when a write would put a person or unit into a unit outside the caller's scope, or create
 * a top-level unit without the scope of all units. Nothing was stored.
 */
public class OutOfScopeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Long unitId;

  /**
   * @param unitId the unit outside the scope, or null for a new top-level unit
   */
  public OutOfScopeException(Long unitId) {
    super(
        unitId == null
            ? "Creating a top-level unit needs the scope of all units"
            : "Unit " + unitId + " is outside the caller's scope");
    this.unitId = unitId;
  }

  /** Returns the unit outside the scope, or null when the write creates a top-level unit. */
  public Long unitId() {
    return unitId;
  }
}
