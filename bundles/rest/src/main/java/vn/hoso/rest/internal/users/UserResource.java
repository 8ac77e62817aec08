package vn.hoso.rest.internal.users;

import java.net.URI;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import vn.hoso.api.security.NewUser;
import vn.hoso.api.security.Role;
import vn.hoso.api.security.RoleAssignment;
import vn.hoso.api.security.UserAccount;
import vn.hoso.api.security.UserAccountException;
import vn.hoso.api.security.UserAdministration;
import vn.hoso.api.security.UserPage;
import vn.hoso.rest.internal.problem.FieldChecks;
import vn.hoso.rest.internal.security.CallerSecurityContext;
import vn.hoso.rest.internal.security.RequiresRole;

/** {@code /api/v1/users}: user accounts, for administrators only. */
@Path("/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresRole(Role.ADMINISTRATOR)
public final class UserResource {

  static final int DEFAULT_PAGE_SIZE = 50;

  private final UserAdministration administration;

  public UserResource(UserAdministration administration) {
    this.administration = administration;
  }

  @GET
  public UserListResponse list(@QueryParam("page") String page, @QueryParam("size") String size) {
    FieldChecks checks = new FieldChecks();
    int pageNumber = checks.integer("page", page, 0, Integer.MAX_VALUE, 0);
    int pageSize =
        checks.integer("size", size, 1, UserAdministration.PAGE_SIZE_MAX, DEFAULT_PAGE_SIZE);
    checks.throwIfInvalid();

    UserPage users = administration.listUsers(pageNumber, pageSize);

    return new UserListResponse(
        users.users().stream().map(UserResponse::from).toList(),
        users.total(),
        users.page(),
        users.size());
  }

  @POST
  public Response create(
      CreateUserRequest request, @Context SecurityContext security, @Context UriInfo uriInfo) {
    FieldChecks checks = new FieldChecks();
    String username = checks.required("username", request == null ? null : request.username());
    Set<Role> roles = checks.roles("roles", request == null ? null : request.roles());
    checks.throwIfInvalid();

    char[] password = request.password() == null ? null : request.password().toCharArray();
    boolean changeRequired =
        request.passwordChangeRequired() == null || request.passwordChangeRequired();
    RoleAssignment assignment =
        new RoleAssignment(roles, FieldChecks.toSet(request.unitIds()), request.personId());
    UserAccount created;
    try {
      created =
          administration.createUser(
              new NewUser(username, request.displayName(), password, changeRequired, assignment),
              actor(security));
    } finally {
      clear(password);
    }

    URI location = uriInfo.getAbsolutePathBuilder().path(created.id().toString()).build();
    return Response.created(location).entity(UserResponse.from(created)).build();
  }

  @GET
  @Path("/{id}")
  public UserResponse get(@PathParam("id") String id) {
    UUID userId = parseId(id);

    UserAccount account = administration.findUser(userId).orElseThrow(() -> notFound(id));

    return UserResponse.from(account);
  }

  @PUT
  @Path("/{id}/roles")
  public UserResponse assignRoles(
      @PathParam("id") String id,
      RoleAssignmentRequest request,
      @Context SecurityContext security) {
    UUID userId = parseId(id);
    FieldChecks checks = new FieldChecks();
    Set<Role> roles = checks.roles("roles", request == null ? null : request.roles());
    checks.throwIfInvalid();

    RoleAssignment assignment =
        new RoleAssignment(roles, FieldChecks.toSet(request.unitIds()), request.personId());
    return UserResponse.from(administration.assignRoles(userId, assignment, actor(security)));
  }

  @PUT
  @Path("/{id}/password")
  public UserResponse setPassword(
      @PathParam("id") String id, SetPasswordRequest request, @Context SecurityContext security) {
    UUID userId = parseId(id);
    FieldChecks checks = new FieldChecks();
    String password = checks.required("password", request == null ? null : request.password());
    checks.throwIfInvalid();

    boolean changeRequired = request.changeRequired() == null || request.changeRequired();
    char[] secret = password.toCharArray();
    try {
      return UserResponse.from(
          administration.setPassword(userId, secret, changeRequired, actor(security)));
    } finally {
      clear(secret);
    }
  }

  @POST
  @Path("/{id}/lock")
  public UserResponse lock(@PathParam("id") String id, @Context SecurityContext security) {
    UUID userId = parseId(id);

    return UserResponse.from(administration.lock(userId, actor(security)));
  }

  @POST
  @Path("/{id}/unlock")
  public UserResponse unlock(@PathParam("id") String id, @Context SecurityContext security) {
    UUID userId = parseId(id);

    return UserResponse.from(administration.unlock(userId, actor(security)));
  }

  private static String actor(SecurityContext security) {
    return CallerSecurityContext.caller(security).username();
  }

  /** Parses a user id; an id that is not a UUID names no user, so the response is 404. */
  private static UUID parseId(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw notFound(id);
    }
  }

  private static UserAccountException notFound(String id) {
    return new UserAccountException(
        UserAccountException.Reason.USER_NOT_FOUND, "There is no user " + id, id);
  }

  private static void clear(char[] secret) {
    if (secret != null) {
      Arrays.fill(secret, '\0');
    }
  }
}
