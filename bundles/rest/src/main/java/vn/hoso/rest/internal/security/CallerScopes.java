package vn.hoso.rest.internal.security;

import java.util.Set;
import java.util.stream.Collectors;
import javax.ws.rs.core.SecurityContext;
import vn.hoso.api.personnel.ChangeContext;
import vn.hoso.api.scope.UnitScope;
import vn.hoso.api.security.Caller;
import vn.hoso.api.security.Role;
import vn.hoso.rest.internal.problem.ProblemException;

/**
 * The scope and user name of the authenticated caller of a request, as the resources pass them to
 * the record services. The scope comes from {@link UnitScope#readableBy} and {@link
 * UnitScope#writableBy}, so the rules of each role live in one place.
 */
public final class CallerScopes {

  /** Roles that may change records, each within its own scope. */
  static final Set<Role> WRITER_ROLES =
      Set.of(Role.ADMINISTRATOR, Role.MINISTRY_OFFICER, Role.UNIT_OFFICER);

  private CallerScopes() {}

  /** Returns the scope in which the caller reads records. */
  public static UnitScope read(SecurityContext security) {
    return UnitScope.readableBy(CallerSecurityContext.caller(security));
  }

  /**
   * Returns the scope in which the caller changes records.
   *
   * @throws ProblemException 403 {@code forbidden} when the caller may change no record at all, as
   *     leaders and employees may not
   */
  public static UnitScope write(SecurityContext security) {
    Caller caller = CallerSecurityContext.caller(security);
    UnitScope scope = UnitScope.writableBy(caller);
    if (scope.isEmpty()) {
      throw new ProblemException("forbidden", 403, describe(WRITER_ROLES));
    }
    return scope;
  }

  /** Returns the caller's user name with the reason of a change, for its audit entries. */
  public static ChangeContext change(SecurityContext security, String reason) {
    String actor = CallerSecurityContext.caller(security).username();
    return new ChangeContext(actor, reason == null || reason.isBlank() ? null : reason.strip());
  }

  /** Returns roles as their codes and Vietnamese names, as the {@code forbidden} detail shows. */
  static String describe(Set<Role> roles) {
    return roles.stream()
        .sorted()
        .map(role -> role.name() + " (" + role.title() + ")")
        .collect(Collectors.joining(", "));
  }
}
