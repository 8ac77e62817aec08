package vn.hoso.rest.internal.auth;

import java.util.List;
import java.util.UUID;
import vn.hoso.api.security.Caller;
import vn.hoso.api.security.Role;

/** Body of {@code GET /api/v1/auth/me}: the logged-in user. */
public record CallerResponse(
    UUID userId,
    String username,
    List<Role> roles,
    List<String> unitIds,
    String personId,
    boolean passwordChangeRequired) {

  static CallerResponse from(Caller caller) {
    return new CallerResponse(
        caller.userId(),
        caller.username(),
        caller.roles().stream().sorted().toList(),
        caller.unitIds().stream().sorted().toList(),
        caller.personId(),
        caller.passwordChangeRequired());
  }
}
