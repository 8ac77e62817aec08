package vn.hoso.rest.internal.auth;

import java.time.Clock;
import java.util.Arrays;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import vn.hoso.api.security.AuthenticationService;
import vn.hoso.api.security.TokenGrant;
import vn.hoso.rest.internal.problem.FieldChecks;
import vn.hoso.rest.internal.security.BearerTokens;
import vn.hoso.rest.internal.security.CallerSecurityContext;

/**
 * {@code /api/v1/auth}: login, refresh, logout, password change and the current user. Login and
 * refresh need no token; the others take the access token of the {@code Authorization} header,
 * which the authentication filter has checked already.
 */
@Path("/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class AuthResource {

  private final AuthenticationService authentication;
  private final Clock clock;

  public AuthResource(AuthenticationService authentication, Clock clock) {
    this.authentication = authentication;
    this.clock = clock;
  }

  @POST
  @Path("/login")
  public TokenResponse login(LoginRequest request) {
    FieldChecks checks = new FieldChecks();
    String username = checks.required("username", request == null ? null : request.username());
    String password = checks.required("password", request == null ? null : request.password());
    checks.throwIfInvalid();

    char[] secret = password.toCharArray();
    try {
      return respond(authentication.login(username, secret));
    } finally {
      Arrays.fill(secret, '\0');
    }
  }

  @POST
  @Path("/refresh")
  public TokenResponse refresh(RefreshRequest request) {
    FieldChecks checks = new FieldChecks();
    String token = checks.required("refreshToken", request == null ? null : request.refreshToken());
    checks.throwIfInvalid();

    return respond(authentication.refresh(token));
  }

  /** Ends the session of the access token; its refresh token stops working too. */
  @POST
  @Path("/logout")
  public Response logout(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    authentication.logout(BearerTokens.extract(authorization));
    return Response.noContent().build();
  }

  /** Changes the caller's password, ends the caller's other sessions and returns new tokens. */
  @POST
  @Path("/password")
  public TokenResponse changePassword(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, ChangePasswordRequest request) {
    FieldChecks checks = new FieldChecks();
    String current =
        checks.required("currentPassword", request == null ? null : request.currentPassword());
    String next = checks.required("newPassword", request == null ? null : request.newPassword());
    checks.throwIfInvalid();

    char[] currentSecret = current.toCharArray();
    char[] nextSecret = next.toCharArray();
    try {
      return respond(
          authentication.changePassword(
              BearerTokens.extract(authorization), currentSecret, nextSecret));
    } finally {
      Arrays.fill(currentSecret, '\0');
      Arrays.fill(nextSecret, '\0');
    }
  }

  @GET
  @Path("/me")
  public CallerResponse me(@Context SecurityContext security) {
    return CallerResponse.from(CallerSecurityContext.caller(security));
  }

  private TokenResponse respond(TokenGrant grant) {
    return TokenResponse.from(grant, clock.instant());
  }
}
