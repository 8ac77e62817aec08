package vn.hoso.rest.internal.personnel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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
import vn.hoso.api.personnel.Page;
import vn.hoso.api.personnel.PersonData;
import vn.hoso.api.personnel.RecordService;
import vn.hoso.api.personnel.change.ChangeOperation;
import vn.hoso.api.personnel.change.ChangeProposal;
import vn.hoso.api.personnel.change.ChangeRequest;
import vn.hoso.api.personnel.change.ChangeRequestQuery;
import vn.hoso.api.personnel.change.ChangeRequestService;
import vn.hoso.api.personnel.change.ChangeRequestStatus;
import vn.hoso.api.personnel.change.Evidence;
import vn.hoso.api.personnel.history.HistoryKind;
import vn.hoso.api.personnel.history.HistoryRow;
import vn.hoso.api.scope.UnitScope;
import vn.hoso.api.security.Caller;
import vn.hoso.api.security.Role;
import vn.hoso.rest.internal.personnel.ChangeRequestBody.EvidenceBody;
import vn.hoso.rest.internal.problem.FieldChecks;
import vn.hoso.rest.internal.problem.InvalidParameterException;
import vn.hoso.rest.internal.problem.ProblemException;
import vn.hoso.rest.internal.security.CallerScopes;
import vn.hoso.rest.internal.security.CallerSecurityContext;
import vn.hoso.rest.internal.security.RequiresRole;

/**
 * {@code /api/v1/change-requests}: employees propose changes to their own record, and personnel
 * officers in scope approve or reject them.
 *
 * <p>Only employees submit, always about their own person record. Every caller gets the requests of
 * the people in their read scope, so an employee gets their own. Approving and rejecting need a
 * role that changes records (administrator, ministry officer, unit officer), and an officer never
 * decides on a request of their own.
 */
@Path("/change-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ChangeRequestResource {

  private final ChangeRequestService requests;
  private final RecordService records;
  private final ObjectMapper mapper;

  public ChangeRequestResource(
      ChangeRequestService requests, RecordService records, ObjectMapper mapper) {
    this.requests = requests;
    this.records = records;
    this.mapper = mapper;
  }

  /**
   * Submits a request about the caller's own record. The values are merged into the record as it is
   * now, so the body names only the fields to change.
   */
  @POST
  @RequiresRole(Role.EMPLOYEE)
  public Response submit(
      ChangeRequestBody body,
      @Context SecurityContext security,
      @Context HttpHeaders headers,
      @Context UriInfo uriInfo)
      throws JsonProcessingException {
    QueryParameters.requireBody(body);
    Caller caller = CallerSecurityContext.caller(security);
    Long personId = caller.personIdAsLong();
    if (personId == null) {
      throw new ProblemException("own-record-missing", 403);
    }
    UnitScope scope = CallerScopes.read(security);

    ChangeProposal proposal = proposal(body, scope, personId, headers);
    ChangeRequest submitted =
        requests.submit(scope, caller.username(), personId, proposal, evidence(body.evidence()));

    URI location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(submitted.id())).build();
    return Response.created(location).entity(submitted).build();
  }

  /**
   * Returns one page of the requests in the caller's scope, newest first.
   *
   * @param status only requests with this status: {@code PENDING}, {@code APPROVED} or {@code
   *     REJECTED}
   * @param person only requests about this person
   */
  @GET
  public Page<ChangeRequest> list(
      @QueryParam("status") String status,
      @QueryParam("person") String person,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @Context SecurityContext security) {
    ChangeRequestQuery query =
        new ChangeRequestQuery(
            QueryParameters.optionalId("person", person),
            status(status),
            QueryParameters.page(page),
            QueryParameters.size(size));

    return requests.find(CallerScopes.read(security), query);
  }

  @GET
  @Path("{id}")
  public ChangeRequest get(@PathParam("id") long id, @Context SecurityContext security) {
    return requests.request(CallerScopes.read(security), id);
  }

  /** Returns the evidence file as an attachment, with the media type it was checked against. */
  @GET
  @Path("{id}/evidence")
  @Produces(MediaType.WILDCARD)
  public Response evidence(@PathParam("id") long id, @Context SecurityContext security) {
    Evidence evidence = requests.evidence(CallerScopes.read(security), id);

    return Response.ok(evidence.content(), evidence.contentType())
        .header("Content-Disposition", contentDisposition(evidence.fileName()))
        .build();
  }

  /** Applies the request's change and marks it approved; 409 when the record changed since. */
  @POST
  @Path("{id}/approve")
  public ChangeRequest approve(@PathParam("id") long id, @Context SecurityContext security) {
    UnitScope scope = CallerScopes.write(security);

    return requests.approve(scope, CallerSecurityContext.caller(security).username(), id);
  }

  @POST
  @Path("{id}/reject")
  public ChangeRequest reject(
      @PathParam("id") long id, RejectionBody body, @Context SecurityContext security) {
    UnitScope scope = CallerScopes.write(security);
    QueryParameters.requireBody(body);

    return requests.reject(
        scope, CallerSecurityContext.caller(security).username(), id, body.reason());
  }

  private ChangeProposal proposal(
      ChangeRequestBody body, UnitScope scope, long personId, HttpHeaders headers)
      throws JsonProcessingException {
    FieldChecks checks = new FieldChecks();
    ChangeOperation operation = checks.required("operation", body.operation());
    boolean rowOperation = operation != null && operation != ChangeOperation.UPDATE_PERSON;
    if (rowOperation) {
      checks.required("kind", body.kind());
    }
    if (operation == ChangeOperation.UPDATE_ROW || operation == ChangeOperation.DELETE_ROW) {
      checks.required("rowId", body.rowId());
    }
    if (operation != null && operation != ChangeOperation.DELETE_ROW) {
      checks.required("values", body.values());
    }
    checks.throwIfInvalid();
    HistoryKind<?> kind = rowOperation ? kind(body.kind()) : null;

    return switch (operation) {
      case UPDATE_PERSON -> {
        PersonData current = records.person(scope, personId).data();
        PersonData proposed =
            merge(current, body.values(), version(headers, body), PersonData.class);
        yield ChangeProposal.updatePerson(proposed, body.note());
      }
      case ADD_ROW -> addRow(kind, body);
      case UPDATE_ROW -> updateRow(kind, body, scope, personId, headers);
      case DELETE_ROW ->
          ChangeProposal.deleteRow(kind, body.rowId(), version(headers, body), body.note());
    };
  }

  private <R extends HistoryRow> ChangeProposal addRow(HistoryKind<R> kind, ChangeRequestBody body)
      throws JsonProcessingException {
    R row = mapper.treeToValue(body.values(), kind.rowType());
    return ChangeProposal.addRow(kind, row, body.note());
  }

  private <R extends HistoryRow> ChangeProposal updateRow(
      HistoryKind<R> kind,
      ChangeRequestBody body,
      UnitScope scope,
      long personId,
      HttpHeaders headers)
      throws JsonProcessingException {
    R current = records.historyRow(scope, personId, kind, body.rowId());
    R proposed = merge(current, body.values(), version(headers, body), kind.rowType());
    return ChangeProposal.updateRow(kind, body.rowId(), proposed, body.note());
  }

  /** Returns the current value with the given fields replaced and the version the client read. */
  private <T> T merge(T current, ObjectNode values, long version, Class<T> type)
      throws JsonProcessingException {
    ObjectNode merged = mapper.valueToTree(current);
    merged.setAll(values);
    merged.put("version", version);
    return mapper.treeToValue(merged, type);
  }

  private static long version(HttpHeaders headers, ChangeRequestBody body) {
    return Versions.expected(headers, body.version());
  }

  private static HistoryKind<?> kind(String path) {
    return HistoryKind.byPath(path.strip())
        .orElseThrow(
            () ->
                new InvalidParameterException(
                    "kind",
                    path,
                    HistoryKind.all().stream()
                        .map(HistoryKind::path)
                        .collect(Collectors.joining(", "))));
  }

  private static ChangeRequestStatus status(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return ChangeRequestStatus.valueOf(value.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException(
          "status",
          value,
          Arrays.stream(ChangeRequestStatus.values())
              .map(Enum::name)
              .collect(Collectors.joining(", ")));
    }
  }

  private static Evidence evidence(EvidenceBody body) {
    if (body == null) {
      return null;
    }
    byte[] content = body.content() == null ? new byte[0] : body.content();
    return new Evidence(body.fileName(), body.contentType(), content);
  }

  /**
   * Returns an attachment header with the name in UTF-8 (RFC 6266 with RFC 8187 encoding) and an
   * ASCII fallback for clients that do not read it.
   */
  static String contentDisposition(String fileName) {
    String ascii = fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
