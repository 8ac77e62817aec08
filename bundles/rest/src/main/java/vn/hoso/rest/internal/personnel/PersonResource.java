package vn.hoso.rest.internal.personnel;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.NotFoundException;
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
import vn.hoso.api.personnel.AuditEntry;
import vn.hoso.api.personnel.AuditQuery;
import vn.hoso.api.personnel.Page;
import vn.hoso.api.personnel.PersonData;
import vn.hoso.api.personnel.PersonDetails;
import vn.hoso.api.personnel.PersonQuery;
import vn.hoso.api.personnel.PersonSort;
import vn.hoso.api.personnel.PersonSummary;
import vn.hoso.api.personnel.RecordService;
import vn.hoso.api.personnel.history.HistoryKind;
import vn.hoso.api.record.PersonCategory;
import vn.hoso.api.record.PersonRecord;
import vn.hoso.api.security.Role;
import vn.hoso.rest.internal.problem.InvalidParameterException;
import vn.hoso.rest.internal.security.CallerScopes;
import vn.hoso.rest.internal.security.RequiresRole;

/**
 * {@code /api/v1/people}: the people list, each person, their audit log, and their history tables
 * as sub-resources such as {@code /people/{id}/salary}. An employee reads only their own person and
 * its sub-resources; the list is for the roles with units.
 *
 * <p>Writes take an optional {@code reason} parameter that the audit log keeps. Leaders and
 * employees get 403 on writes.
 */
@Path("/people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class PersonResource {

  /** The accepted values of {@code sort}; a leading minus reverses the order. */
  static final String SORTS = "name, -name, birthDate, -birthDate";

  private final RecordService records;
  private final ObjectMapper mapper;

  public PersonResource(RecordService records, ObjectMapper mapper) {
    this.records = records;
    this.mapper = mapper;
  }

  /**
   * Returns one page of the people in scope. Its {@code total} counts at most {@value
   * PersonQuery#COUNT_LIMIT} people, or {@value PersonQuery#SEARCH_COUNT_LIMIT} with {@code q}.
   * When more match, {@code totalExact} is false.
   *
   * @param text only people whose names contain every word of it, compared without diacritics;
   *     names that match its diacritics come first
   * @param unit only people in this unit or below it
   * @param categories only these categories; repeat the parameter or separate with commas
   * @param rank only people whose latest salary row has this rank code
   * @param minAge only people at least this old today, in whole years
   * @param maxAge only people at most this old today, in whole years
   * @param sort {@value #SORTS}; {@code name} by default
   */
  @GET
  @RequiresRole({Role.ADMINISTRATOR, Role.MINISTRY_OFFICER, Role.UNIT_OFFICER, Role.LEADER})
  public Page<PersonSummary> list(
      @QueryParam("q") String text,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("unit") String unit,
      @QueryParam("category") List<String> categories,
      @QueryParam("rank") String rank,
      @QueryParam("minAge") String minAge,
      @QueryParam("maxAge") String maxAge,
      @QueryParam("sort") String sort,
      @Context SecurityContext security) {
    String order = sort == null || sort.isBlank() ? "name" : sort.strip();
    boolean descending = order.startsWith("-");
    PersonQuery query =
        new PersonQuery(
            text == null || text.isBlank() ? null : text,
            QueryParameters.optionalId("unit", unit),
            categories(categories),
            rank == null || rank.isBlank() ? null : rank.strip(),
            QueryParameters.optionalInteger("minAge", minAge, 0, 150),
            QueryParameters.optionalInteger("maxAge", maxAge, 0, 150),
            null,
            sortOf(descending ? order.substring(1) : order, sort),
            descending,
            QueryParameters.page(page),
            QueryParameters.size(size));

    return records.findPeople(CallerScopes.read(security), query);
  }

  @POST
  public Response create(
      PersonData person,
      @QueryParam("reason") String reason,
      @Context SecurityContext security,
      @Context UriInfo uriInfo) {
    QueryParameters.requireBody(person);

    PersonDetails created =
        records.createPerson(
            CallerScopes.write(security), CallerScopes.change(security, reason), person);

    URI location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build();
    return Response.created(location)
        .entity(created)
        .tag(Versions.entityTag(created.version()))
        .build();
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") long id, @Context SecurityContext security) {
    PersonDetails person = records.person(CallerScopes.read(security), id);

    return Response.ok(person).tag(Versions.entityTag(person.version())).build();
  }

  /** Replaces the person's fields; name parts left out are derived from the full name again. */
  @PUT
  @Path("{id}")
  public Response update(
      @PathParam("id") long id,
      PersonData person,
      @QueryParam("reason") String reason,
      @Context SecurityContext security,
      @Context HttpHeaders headers) {
    QueryParameters.requireBody(person);
    long version = Versions.expected(headers, person.version());

    PersonDetails updated =
        records.updatePerson(
            CallerScopes.write(security),
            CallerScopes.change(security, reason),
            id,
            person.toBuilder().version(version).build());

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

    records.deletePerson(
        CallerScopes.write(security), CallerScopes.change(security, reason), id, expected);

    return Response.noContent().build();
  }

  /** Returns the person with the history tables the warning rules read. */
  @GET
  @Path("{id}/record")
  public PersonRecord record(@PathParam("id") long id, @Context SecurityContext security) {
    return records.personRecord(CallerScopes.read(security), id);
  }

  /** Returns one page of the person's audit entries, newest first. */
  @GET
  @Path("{id}/audit")
  public Page<AuditEntry> audit(
      @PathParam("id") long id,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @Context SecurityContext security) {
    AuditQuery query =
        new AuditQuery(
            null, id, null, null, QueryParameters.page(page), QueryParameters.size(size));

    return records.audit(CallerScopes.read(security), query);
  }

  /**
   * Returns the resource of one history table, such as {@code salary} or {@code leadership-terms}.
   */
  @Path("{id}/{kind}")
  public HistoryResource<?> history(@PathParam("id") long id, @PathParam("kind") String kind) {
    HistoryKind<?> historyKind = HistoryKind.byPath(kind).orElseThrow(NotFoundException::new);
    return HistoryResource.of(records, mapper, id, historyKind);
  }

  private static Set<PersonCategory> categories(List<String> values) {
    Set<PersonCategory> categories = EnumSet.noneOf(PersonCategory.class);
    for (String value : values) {
      for (String name : value.split(",")) {
        if (name.isBlank()) {
          continue;
        }
        try {
          categories.add(PersonCategory.valueOf(name.strip()));
        } catch (IllegalArgumentException e) {
          throw new InvalidParameterException(
              "category",
              name,
              Arrays.stream(PersonCategory.values())
                  .map(Enum::name)
                  .collect(Collectors.joining(", ")));
        }
      }
    }
    return categories;
  }

  private static PersonSort sortOf(String field, String given) {
    return switch (field) {
      case "name" -> PersonSort.NAME;
      case "birthDate" -> PersonSort.BIRTH_DATE;
      default -> throw new InvalidParameterException("sort", given, SORTS);
    };
  }
}
