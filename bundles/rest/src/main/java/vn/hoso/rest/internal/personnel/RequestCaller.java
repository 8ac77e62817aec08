package vn.hoso.rest.internal.personnel;

import javax.servlet.http.HttpServletRequest;
import vn.hoso.api.personnel.ChangeContext;
import vn.hoso.api.scope.UnitScope;

/**
 * The caller of a request as the authentication filter describes it: request properties (servlet
 * request attributes) with the caller's {@link UnitScope} and user name.
 *
 * <p>The filter sets them with {@code ContainerRequestContext.setProperty}, which CXF stores as
 * attributes of the servlet request.
 */
public final class RequestCaller {

  /** Request property with the caller's {@link UnitScope}. */
  static final String SCOPE_PROPERTY = "hoso.caller.scope";

  /** Request property with the caller's user name, a {@link String}. */
  static final String ACTOR_PROPERTY = "hoso.caller.name";

  /** User name recorded for requests that carry none. */
  static final String ANONYMOUS = "anonymous";

  private RequestCaller() {}

  /**
   * Returns the caller's scope.
   *
   * <p>NOTE: no authentication filter is installed yet, so a request without a scope property is
   * given every unit. Once the filter exists, a missing scope must give no unit.
   */
  public static UnitScope scope(HttpServletRequest request) {
    Object scope = request.getAttribute(SCOPE_PROPERTY);
    return scope instanceof UnitScope unitScope ? unitScope : UnitScope.all();
  }

  /** Returns who makes a change and why, for its audit entries. */
  public static ChangeContext change(HttpServletRequest request, String reason) {
    Object actor = request.getAttribute(ACTOR_PROPERTY);
    String name = actor instanceof String text && !text.isBlank() ? text : ANONYMOUS;
    return new ChangeContext(name, reason == null || reason.isBlank() ? null : reason.strip());
  }
}
