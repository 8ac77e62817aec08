package vn.hoso.rest.internal.imports;

import java.util.function.Supplier;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.StreamingOutput;
import vn.hoso.api.imports.ImportService;
import vn.hoso.api.scope.UnitScope;
import vn.hoso.api.security.Role;
import vn.hoso.rest.internal.problem.ProblemException;
import vn.hoso.rest.internal.security.CallerScopes;
import vn.hoso.rest.internal.security.RequiresRole;

/**
 * {@code GET /api/v1/people/export.xlsx}: the people of the caller's units as an Excel workbook in
 * the layout of {@code GET /api/v1/imports/template.xlsx}, which the import reads back unchanged.
 * The import engine writes it, so without the engine this path returns 503.
 */
@Path("/people/export.xlsx")
@RequiresRole({Role.ADMINISTRATOR, Role.MINISTRY_OFFICER, Role.UNIT_OFFICER, Role.LEADER})
public final class PeopleExportResource {

  static final String XLSX_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final Supplier<ImportService> imports;

  public PeopleExportResource(Supplier<ImportService> imports) {
    this.imports = imports;
  }

  /** Streams the workbook of every person the caller may read. */
  @GET
  @Produces(XLSX_TYPE)
  public Response export(@Context SecurityContext security) {
    ImportService service = imports.get();
    if (service == null) {
      throw new ProblemException("imports-unavailable", 503);
    }
    UnitScope scope = CallerScopes.read(security);
    StreamingOutput body = out -> service.exportPeople(scope, out);
    return Response.ok(body, XLSX_TYPE)
        .header("Content-Disposition", "attachment; filename=\"danh-sach-nhan-su.xlsx\"")
        .build();
  }
}
