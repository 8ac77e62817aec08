package vn.hoso.rest.internal.security;

import java.util.Set;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;
import vn.hoso.api.security.AuthenticationException;
import vn.hoso.api.security.AuthenticationService;
import vn.hoso.api.security.Caller;

/**
 * Requires a valid bearer token on every path except {@link #PUBLIC_PATHS}, and makes the {@link
 * Caller} available through {@link CallerSecurityContext}.
 *
 * <p>It runs before resource matching, so that an unknown path without a token also gets 401 and
 * reveals nothing. A caller who must change the password may only use {@link
 * #PASSWORD_CHANGE_PATHS}; every other path returns 403 {@code password-change-required}.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public final class AuthenticationFilter implements ContainerRequestFilter {

  /** Paths below {@code /api/v1} that need no token. */
  static final Set<String> PUBLIC_PATHS = Set.of("auth/login", "auth/refresh", "health");

  /** Paths open to a caller who must change the password first. */
  static final Set<String> PASSWORD_CHANGE_PATHS =
      Set.of("auth/password", "auth/logout", "auth/me");

  private final AuthenticationService authentication;

  public AuthenticationFilter(AuthenticationService authentication) {
    this.authentication = authentication;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String path = Rejections.relativePath(request);
    if (PUBLIC_PATHS.contains(path)) {
      return;
    }

    String token = BearerTokens.extract(request.getHeaderString(HttpHeaders.AUTHORIZATION));
    if (token == null) {
      Rejections.abort(request, "authentication-required", 401, false, "no bearer token");
      return;
    }
    Caller caller;
    try {
      caller = authentication.authenticate(token);
    } catch (AuthenticationException e) {
      Rejections.abort(request, e.reason().code(), 401, true, e.getMessage());
      return;
    }
    if (caller.passwordChangeRequired() && !PASSWORD_CHANGE_PATHS.contains(path)) {
      Rejections.abort(
          request,
          "password-change-required",
          403,
          false,
          "user '" + caller.username() + "' must change the password first");
      return;
    }

    SecurityContext original = request.getSecurityContext();
    boolean secure = original != null && original.isSecure();
    request.setSecurityContext(new CallerSecurityContext(caller, secure));
  }
}
