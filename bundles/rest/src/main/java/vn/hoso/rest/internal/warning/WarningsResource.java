package vn.hoso.rest.internal.warning;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
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
import vn.hoso.api.personnel.RecordService;
import vn.hoso.api.record.PersonCategory;
import vn.hoso.api.scope.UnitScope;
import vn.hoso.api.security.Role;
import vn.hoso.api.warning.RuleStatus;
import vn.hoso.api.warning.StoredWarning;
import vn.hoso.api.warning.WarningCount;
import vn.hoso.api.warning.WarningFilter;
import vn.hoso.api.warning.WarningPage;
import vn.hoso.api.warning.WarningQueries;
import vn.hoso.rest.internal.problem.ProblemException;
import vn.hoso.rest.internal.security.CallerScopes;
import vn.hoso.rest.internal.security.RequiresRole;

/**
 * {@code /api/v1/warnings}: the events the warning engine keeps, by default everything overdue and
 * everything due within the next 90 days, sorted by due date.
 *
 * <p>Every read is limited to the caller's scope: a unit filter names a unit in scope and covers
 * its subtree, and without one a scoped caller gets the units of their scope. People without a unit
 * are listed only for callers with the scope of all units.
 */
@Path("/warnings")
@Produces(MediaType.APPLICATION_JSON)
@RequiresRole({Role.ADMINISTRATOR, Role.MINISTRY_OFFICER, Role.UNIT_OFFICER, Role.LEADER})
public final class WarningsResource {

  static final int MAX_PAGE_SIZE = 500;
  static final int DEFAULT_WINDOW_DAYS = 90;

  private final Supplier<WarningQueries> warnings;
  private final RecordService records;
  private final Clock clock;

  @Context private SecurityContext security;

  /**
   * @param warnings returns the warning engine, or null while the warnings feature is not installed
   * @param records expands units to their subtrees within the caller's scope
   * @param clock gives today's date in Vietnam
   */
  public WarningsResource(Supplier<WarningQueries> warnings, RecordService records, Clock clock) {
    this.warnings = warnings;
    this.records = records;
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

  /** Returns the warnings of one person in the caller's scope; 404 for anyone else. */
  @GET
  @Path("/people/{personId}")
  public List<StoredWarning> forPerson(@PathParam("personId") long personId) {
    records.person(CallerScopes.read(security), personId);

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
    Set<Long> units = unitsInScope(unitIds.isEmpty() ? Set.of() : unitIds(unitIds));
    return new WarningFilter(Set.copyOf(ruleIds), units, categories(categories), dueFrom, dueTo);
  }

  /**
   * Returns the units whose people's warnings the caller gets: the subtrees of the requested units,
   * or without a request every unit of the caller's scope. Null stands for every unit and people
   * without one, which only the scope of all units gets.
   *
   * @throws vn.hoso.api.personnel.RecordNotFoundException when a requested unit does not exist or
   *     is outside the scope
   */
  private Set<Long> unitsInScope(Set<Long> requested) {
    UnitScope scope = CallerScopes.read(security);
    if (requested.isEmpty()) {
      return scope.allUnits() ? null : records.unitIds(scope);
    }
    Set<Long> units = new HashSet<>();
    for (long unitId : requested) {
      units.addAll(records.subtreeUnitIds(scope, unitId));
    }
    return units;
  }

  private static Set<Long> unitIds(List<String> values) {
    Set<Long> ids = new HashSet<>();
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
