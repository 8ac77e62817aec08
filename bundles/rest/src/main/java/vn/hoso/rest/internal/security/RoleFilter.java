package vn.hoso.rest.internal.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import vn.hoso.api.security.Caller;
import vn.hoso.api.security.Role;

/**
 * Rejects with 403 a caller who has none of the roles that the matched resource's {@link
 * RequiresRole} lists.
 */
@Priority(Priorities.AUTHORIZATION)
public final class RoleFilter implements ContainerRequestFilter {

  @Context private ResourceInfo resourceInfo;

  @Override
  public void filter(ContainerRequestContext request) {
    RequiresRole required = requiredRoles();
    if (required == null) {
      return;
    }
    if (!(request.getSecurityContext() instanceof CallerSecurityContext)) {
      Rejections.abort(request, "authentication-required", 401, false, "no authenticated caller");
      return;
    }

    Caller caller = CallerSecurityContext.caller(request.getSecurityContext());
    Set<Role> roles = EnumSet.copyOf(Arrays.asList(required.value()));
    if (!caller.hasAnyRole(roles)) {
      String described =
          roles.stream()
              .map(role -> role.name() + " (" + role.title() + ")")
              .collect(Collectors.joining(", "));
      Rejections.abort(
          request,
          "forbidden",
          403,
          false,
          "user '" + caller.username() + "' has none of the roles " + roles,
          described);
    }
  }

  private RequiresRole requiredRoles() {
    if (resourceInfo == null || resourceInfo.getResourceMethod() == null) {
      return null;
    }
    RequiresRole onMethod = resourceInfo.getResourceMethod().getAnnotation(RequiresRole.class);
    if (onMethod != null) {
      return onMethod;
    }
    return resourceInfo.getResourceClass().getAnnotation(RequiresRole.class);
  }
}
