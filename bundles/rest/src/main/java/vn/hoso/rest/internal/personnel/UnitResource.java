package vn.hoso.rest.internal.personnel;

import java.net.URI;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import vn.hoso.api.personnel.RecordService;
import vn.hoso.api.personnel.UnitData;
import vn.hoso.api.personnel.UnitMove;
import vn.hoso.api.personnel.UnitMoveRequest;
import vn.hoso.api.personnel.UnitNode;
import vn.hoso.api.personnel.UnitView;
import vn.hoso.api.security.Role;
import vn.hoso.rest.internal.security.CallerScopes;
import vn.hoso.rest.internal.security.RequiresRole;

/**
 * {@code /api/v1/units}: the unit tree within the caller's scope, each unit, and its moves.
 * Employees, whose scope has no unit, get 403; leaders read only.
 *
 * <p>Writes take an optional {@code reason} parameter that the audit log keeps.
 */
@Path("/units")
@RequiresRole({Role.ADMINISTRATOR, Role.MINISTRY_OFFICER, Role.UNIT_OFFICER, Role.LEADER})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class UnitResource {

  private final RecordService records;

  public UnitResource(RecordService records) {
    this.records = records;
  }

  /** Returns the units in scope as trees, children ordered by code. */
  @GET
  public List<UnitNode> tree(@Context SecurityContext security) {
    return records.unitTree(CallerScopes.read(security));
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") long id, @Context SecurityContext security) {
    UnitView unit = records.unit(CallerScopes.read(security), id);

    return Response.ok(unit).tag(Versions.entityTag(unit.version())).build();
  }

  @POST
  public Response create(
      UnitData unit,
      @QueryParam("reason") String reason,
      @Context SecurityContext security,
      @Context UriInfo uriInfo) {
    QueryParameters.requireBody(unit);

    UnitView created =
        records.createUnit(
            CallerScopes.write(security), CallerScopes.change(security, reason), unit);

    URI location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build();
    return Response.created(location)
        .entity(created)
        .tag(Versions.entityTag(created.version()))
        .build();
  }

  @PUT
  @Path("{id}")
  public Response update(
      @PathParam("id") long id,
      UnitData unit,
      @QueryParam("reason") String reason,
      @Context SecurityContext security,
      @Context HttpHeaders headers) {
    QueryParameters.requireBody(unit);
    long version = Versions.expected(headers, unit.version());
    UnitData versioned =
        new UnitData(
            unit.code(), unit.name(), unit.kindCode(), unit.parentId(), unit.active(), version);

    UnitView updated =
        records.updateUnit(
            CallerScopes.write(security), CallerScopes.change(security, reason), id, versioned);

    return Response.ok(updated).tag(Versions.entityTag(updated.version())).build();
  }

  @DELETE
  @Path("{id}")
  public Response delete(
      @PathParam("id") long id,
      @QueryParam("version") String version,
      @QueryParam("reason") String reason,
      @Context SecurityContext security,
      @Context HttpHeaders headers) {
    long expected = Versions.expected(headers, QueryParameters.optionalId("version", version));

    records.deleteUnit(
        CallerScopes.write(security), CallerScopes.change(security, reason), id, expected);

    return Response.noContent().build();
  }

  /** Returns the unit's moves in the tree, oldest first. */
  @GET
  @Path("{id}/moves")
  public List<UnitMove> moves(@PathParam("id") long id, @Context SecurityContext security) {
    return records.unitMoves(CallerScopes.read(security), id);
  }

  /** Moves the unit under another parent as a decision orders it. */
  @POST
  @Path("{id}/moves")
  public Response move(
      @PathParam("id") long id,
      UnitMoveRequest move,
      @QueryParam("reason") String reason,
      @Context SecurityContext security,
      @Context HttpHeaders headers) {
    QueryParameters.requireBody(move);
    long version = Versions.expected(headers, move.version());
    UnitMoveRequest versioned =
        new UnitMoveRequest(move.newParentId(), move.effectiveDate(), move.decision(), version);

    UnitView moved =
        records.moveUnit(
            CallerScopes.write(security), CallerScopes.change(security, reason), id, versioned);

    return Response.ok(moved).tag(Versions.entityTag(moved.version())).build();
  }
}
