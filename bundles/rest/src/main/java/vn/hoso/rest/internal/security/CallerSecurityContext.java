package vn.hoso.rest.internal.security;

import java.security.Principal;
import javax.ws.rs.core.SecurityContext;
import vn.hoso.api.security.Caller;
import vn.hoso.api.security.Role;

/**
 * The security context of an authenticated request: its principal carries the {@link Caller}, and
 * {@link #isUserInRole} takes the names of {@link Role}.
 */
public final class CallerSecurityContext implements SecurityContext {

  /** The principal of an authenticated request; its name is the username. */
  public record CallerPrincipal(Caller caller) implements Principal {

    @Override
    public String getName() {
      return caller.username();
    }
  }

  private final CallerPrincipal principal;
  private final boolean secure;

  CallerSecurityContext(Caller caller, boolean secure) {
    this.principal = new CallerPrincipal(caller);
    this.secure = secure;
  }

  /**
   * Returns the caller of a request that passed the authentication filter.
   *
   * @throws IllegalStateException on a public path, which has no caller
   */
  public static Caller caller(SecurityContext context) {
    if (context != null && context.getUserPrincipal() instanceof CallerPrincipal found) {
      return found.caller();
    }
    throw new IllegalStateException("The request has no authenticated caller");
  }

  @Override
  public Principal getUserPrincipal() {
    return principal;
  }

  @Override
  public boolean isUserInRole(String role) {
    return principal.caller().roles().stream().anyMatch(held -> held.name().equals(role));
  }

  @Override
  public boolean isSecure() {
    return secure;
  }

  @Override
  public String getAuthenticationScheme() {
    return "Bearer";
  }
}
