package vn.hoso.rest.internal.personnel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
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
import vn.hoso.api.personnel.history.HistoryKind;
import vn.hoso.api.personnel.history.HistoryRow;
import vn.hoso.rest.internal.security.CallerScopes;

/**
 * One history table of one person, {@code /api/v1/people/{id}/{kind}}: list, add, read, replace and
 * delete rows. The body is read with the row type of the kind, so one resource serves every table.
 *
 * @param <R> the row type of the kind
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class HistoryResource<R extends HistoryRow> {

  private final RecordService records;
  private final ObjectMapper mapper;
  private final long personId;
  private final HistoryKind<R> kind;

  private HistoryResource(
      RecordService records, ObjectMapper mapper, long personId, HistoryKind<R> kind) {
    this.records = records;
    this.mapper = mapper;
    this.personId = personId;
    this.kind = kind;
  }

  static <R extends HistoryRow> HistoryResource<R> of(
      RecordService records, ObjectMapper mapper, long personId, HistoryKind<R> kind) {
    return new HistoryResource<>(records, mapper, personId, kind);
  }

  /**
   * Returns the rows in the table's natural order, oldest first. They go out in a Response, whose
   * entity type is the runtime list, so Jackson writes each row by its record type. Typed as a list
   * of {@link HistoryRow}, which has no properties, they failed to serialize.
   */
  @GET
  public Response list(@Context SecurityContext security) {
    List<R> rows = records.history(CallerScopes.read(security), personId, kind);

    return Response.ok(rows).build();
  }

  @POST
  public Response add(
      InputStream body,
      @QueryParam("reason") String reason,
      @Context SecurityContext security,
      @Context UriInfo uriInfo)
      throws IOException {
    R row = read(body);

    R added =
        records.addHistoryRow(
            CallerScopes.write(security),
            CallerScopes.change(security, reason),
            personId,
            kind,
            row);

    URI location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(added.id())).build();
    return Response.created(location)
        .entity(added)
        .tag(Versions.entityTag(added.version()))
        .build();
  }

  @GET
  @Path("{rowId}")
  public Response get(@PathParam("rowId") long rowId, @Context SecurityContext security) {
    R row = records.historyRow(CallerScopes.read(security), personId, kind, rowId);

    return Response.ok(row).tag(Versions.entityTag(row.version())).build();
  }

  @PUT
  @Path("{rowId}")
  public Response update(
      @PathParam("rowId") long rowId,
      InputStream body,
      @QueryParam("reason") String reason,
      @Context SecurityContext security,
      @Context HttpHeaders headers)
      throws IOException {
    R row = read(body);
    long version = Versions.expected(headers, row.version());

    R updated =
        records.updateHistoryRow(
            CallerScopes.write(security),
            CallerScopes.change(security, reason),
            personId,
            kind,
            rowId,
            withVersion(row, version));

    return Response.ok(updated).tag(Versions.entityTag(updated.version())).build();
  }

  @DELETE
  @Path("{rowId}")
  public Response delete(
      @PathParam("rowId") long rowId,
      @QueryParam("version") String version,
      @QueryParam("reason") String reason,
      @Context SecurityContext security,
      @Context HttpHeaders headers) {
    long expected = Versions.expected(headers, QueryParameters.optionalId("version", version));

    records.deleteHistoryRow(
        CallerScopes.write(security),
        CallerScopes.change(security, reason),
        personId,
        kind,
        rowId,
        expected);

    return Response.noContent().build();
  }

  private R read(InputStream body) throws IOException {
    byte[] bytes = body == null ? new byte[0] : body.readAllBytes();
    if (bytes.length == 0) {
      return QueryParameters.requireBody(null);
    }
    return mapper.readerFor(kind.rowType()).readValue(bytes);
  }

  /** Returns the row with the version the request named, which If-Match may have given. */
  private R withVersion(R row, long version) throws IOException {
    if (row.version() != null && row.version() == version) {
      return row;
    }
    ObjectNode tree = mapper.valueToTree(row);
    tree.put("version", version);
    return mapper.treeToValue(tree, kind.rowType());
  }
}
