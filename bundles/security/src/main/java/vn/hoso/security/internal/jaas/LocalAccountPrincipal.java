package vn.hoso.security.internal.jaas;

import java.security.Principal;
import java.util.UUID;

/**
 * Added by {@link LocalLoginModule} when the password matched the local hash, so that the
 * authentication service can tell a local login from a directory login.
 */
public record LocalAccountPrincipal(UUID userId) implements Principal {

  @Override
  public String getName() {
    return userId.toString();
  }
}
