package vn.hoso.rest.internal.personnel;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import vn.hoso.api.quality.DataQuality;
import vn.hoso.api.quality.PersonQuality;
import vn.hoso.api.quality.QualitySummary;
import vn.hoso.api.quality.UnitQuality;
import vn.hoso.api.security.Role;
import vn.hoso.rest.internal.security.CallerScopes;
import vn.hoso.rest.internal.security.RequiresRole;

/**
 * {@code /api/v1/quality}: the data-quality problems of the records in the caller's scope, per
 * person, per unit subtree, and counted for a dashboard. A person or unit outside the scope gets
 * 404, as in the personnel resources.
 */
@Path("/quality")
@Produces(MediaType.APPLICATION_JSON)
@RequiresRole({Role.ADMINISTRATOR, Role.MINISTRY_OFFICER, Role.UNIT_OFFICER, Role.LEADER})
public final class QualityResource {

  private final DataQuality quality;

  public QualityResource(DataQuality quality) {
    this.quality = quality;
  }

  @GET
  @Path("/people/{id}")
  public PersonQuality person(@PathParam("id") long id, @Context SecurityContext security) {
    return quality.person(CallerScopes.read(security), id);
  }

  /**
   * Returns the counts of a unit and every unit below it, and one page of their problems.
   *
   * @param page the page number, from 0
   * @param size problems per page, 1 to 500, 20 by default
   */
  @GET
  @Path("/units/{id}")
  public UnitQuality unit(
      @PathParam("id") long id,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @Context SecurityContext security) {
    int pageNumber = QueryParameters.page(page);
    int pageSize = QueryParameters.size(size);

    return quality.unit(CallerScopes.read(security), id, pageNumber, pageSize);
  }

  @GET
  @Path("/summary")
  public QualitySummary summary(@Context SecurityContext security) {
    return quality.summary(CallerScopes.read(security));
  }
}
