package vn.hoso.rest.internal.warning;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import vn.hoso.api.record.PersonCategory;
import vn.hoso.api.security.Caller;
import vn.hoso.api.security.Role;
import vn.hoso.api.warning.RuleStatus;
import vn.hoso.api.warning.StoredWarning;
import vn.hoso.api.warning.WarningCount;
import vn.hoso.api.warning.WarningFilter;
import vn.hoso.api.warning.WarningPage;
import vn.hoso.api.warning.WarningQueries;
import vn.hoso.rest.internal.problem.ProblemException;
import vn.hoso.rest.internal.security.CallerSecurityContext;
import vn.hoso.rest.internal.security.RequiresRole;

/**
 * {@code /api/v1/warnings}: the events the warning engine keeps, by default everything overdue and
 * everything due within the next 90 days, sorted by due date.
 */
@Path("/warnings")
@Produces(MediaType.APPLICATION_JSON)
@RequiresRole({Role.ADMINISTRATOR, Role.MINISTRY_OFFICER, Role.UNIT_OFFICER, Role.LEADER})
public final class WarningsResource {

  static final int MAX_PAGE_SIZE = 500;
  static final int DEFAULT_WINDOW_DAYS = 90;

  private final Supplier<WarningQueries> warnings;
  private final Clock clock;

  @Context private SecurityContext security;

  /**
   * @param warnings returns the warning engine, or null while the warnings feature is not installed
   * @param clock gives today's date in Vietnam
   */
  public WarningsResource(Supplier<WarningQueries> warnings, Clock clock) {
    this.warnings = warnings;
    this.clock = clock;
  }

  @GET
  public WarningPage find(
      @QueryParam("type") List<String> ruleIds,
      @QueryParam("unit") List<String> unitIds,
      @QueryParam("category") List<String> categories,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    if (page < 0) {
      throw new ProblemException(
          "invalid-parameter", 400, "page", String.valueOf(page), "0, 1, 2, ...");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new ProblemException(
          "invalid-parameter", 400, "size", String.valueOf(size), "1–" + MAX_PAGE_SIZE);
    }

    WarningFilter filter = filter(ruleIds, unitIds, categories, from, to);

    return engine().find(filter, page, size);
  }

  @GET
  @Path("/counts")
  public List<WarningCount> count(
      @QueryParam("type") List<String> ruleIds,
      @QueryParam("unit") List<String> unitIds,
      @QueryParam("category") List<String> categories,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    WarningFilter filter = filter(ruleIds, unitIds, categories, from, to);

    return engine().count(filter, LocalDate.now(clock));
  }

  @GET
  @Path("/people/{personId}")
  public List<StoredWarning> forPerson(@PathParam("personId") long personId) {
    return engine().forPerson(personId);
  }

  @GET
  @Path("/rules")
  public List<RuleStatus> rules() {
    return engine().rules();
  }

  private WarningFilter filter(
      List<String> ruleIds, List<String> unitIds, List<String> categories, String from, String to) {
    LocalDate today = LocalDate.now(clock);
    LocalDate dueFrom = from == null ? null : date("from", from);
    LocalDate dueTo = to == null ? today.plusDays(DEFAULT_WINDOW_DAYS) : date("to", to);
    if (dueFrom != null && dueTo.isBefore(dueFrom)) {
      throw new ProblemException("invalid-parameter", 400, "to", to, "≥ " + from);
    }
    // TODO: expand each unit, and each unit of the caller's scope, to its whole subtree once the
    // unit tree is readable here; until then an officer sees only the warnings of the units
    // assigned to them, never more.
    Set<Long> requested = unitIds.isEmpty() ? null : unitIds(unitIds);
    Set<Long> units = withinScope(requested, CallerSecurityContext.caller(security));
    return new WarningFilter(Set.copyOf(ruleIds), units, categories(categories), dueFrom, dueTo);
  }

  /**
   * Limits the requested units to the caller's: administrators and ministry officers see every
   * unit, everyone else only the units assigned to them.
   */
  static Set<Long> withinScope(Set<Long> requested, Caller caller) {
    if (caller.hasAnyRole(Set.of(Role.ADMINISTRATOR, Role.MINISTRY_OFFICER))) {
      return requested;
    }
    Set<Long> assigned = new java.util.HashSet<>();
    for (String unitId : caller.unitIds()) {
      try {
        assigned.add(Long.parseLong(unitId));
      } catch (NumberFormatException e) {
        // A unit id that is not a number names no unit of the records, so it grants nothing.
      }
    }
    if (requested == null) {
      return assigned;
    }
    assigned.retainAll(requested);
    return assigned;
  }

  private static Set<Long> unitIds(List<String> values) {
    Set<Long> ids = new java.util.HashSet<>();
    for (String value : values) {
      try {
        ids.add(Long.parseLong(value));
      } catch (NumberFormatException e) {
        throw new ProblemException("invalid-parameter", 400, "unit", value, "1, 2, 3, ...");
      }
    }
    return ids;
  }

  private static Set<PersonCategory> categories(List<String> names) {
    Set<PersonCategory> categories = EnumSet.noneOf(PersonCategory.class);
    for (String name : names) {
      try {
        categories.add(PersonCategory.valueOf(name));
      } catch (IllegalArgumentException e) {
        String valid =
            Arrays.stream(PersonCategory.values())
                .map(Enum::name)
                .collect(Collectors.joining(", "));
        throw new ProblemException("invalid-parameter", 400, "category", name, valid);
      }
    }
    return categories;
  }

  private static LocalDate date(String parameter, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new ProblemException("invalid-parameter", 400, parameter, value, "yyyy-mm-dd");
    }
  }

  private WarningQueries engine() {
    WarningQueries engine = warnings.get();
    if (engine == null) {
      throw new ProblemException("warnings-unavailable", 503);
    }
    return engine;
  }
}
