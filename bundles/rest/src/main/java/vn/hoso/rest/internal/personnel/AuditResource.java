package vn.hoso.rest.internal.personnel;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import vn.hoso.api.personnel.AuditEntry;
import vn.hoso.api.personnel.AuditQuery;
import vn.hoso.api.personnel.Page;
import vn.hoso.api.personnel.RecordService;
import vn.hoso.rest.internal.security.CallerScopes;

/**
 * {@code /api/v1/audit}: the audit log within the caller's scope, newest entries first. An employee
 * gets the entries of their own record only.
 */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
public final class AuditResource {

  private final RecordService records;

  public AuditResource(RecordService records) {
    this.records = records;
  }

  /**
   * Returns one page of audit entries.
   *
   * @param unit only entries of people and units in this unit or below it
   * @param person only entries of this person
   * @param from only entries at or after this moment: an ISO-8601 instant, or a date meaning the
   *     start of that day in Vietnam
   * @param to only entries before this moment, in the same forms
   */
  @GET
  public Page<AuditEntry> find(
      @QueryParam("unit") String unit,
      @QueryParam("person") String person,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @Context SecurityContext security) {
    AuditQuery query =
        new AuditQuery(
            QueryParameters.optionalId("unit", unit),
            QueryParameters.optionalId("person", person),
            QueryParameters.optionalMoment("from", from),
            QueryParameters.optionalMoment("to", to),
            QueryParameters.page(page),
            QueryParameters.size(size));

    return records.audit(CallerScopes.read(security), query);
  }
}
