package vn.hoso.records.internal.quality;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import vn.hoso.api.personnel.Page;
import vn.hoso.api.personnel.RecordNotFoundException;
import vn.hoso.api.quality.DataQuality;
import vn.hoso.api.quality.PersonQuality;
import vn.hoso.api.quality.QualityCheck;
import vn.hoso.api.quality.QualityCount;
import vn.hoso.api.quality.QualityProblem;
import vn.hoso.api.quality.QualitySummary;
import vn.hoso.api.quality.UnitQuality;
import vn.hoso.api.quality.UnitQualityCount;
import vn.hoso.api.scope.UnitScope;
import vn.hoso.records.internal.unit.ScopeSql;

/**
 * The data-quality checks with plain JDBC, independent of OSGi. Each call opens one connection and
 * runs a few queries over {@link QualitySql}'s checks; nothing is cached.
 */
public class DataQualityService implements DataQuality {

  /** The order of problems within a page: the people list's name order, then the check's. */
  private static final String PROBLEM_ORDER =
      " ORDER BY q.sort_key, q.person_id, q.check_rank, q.history_kind, q.row_id, q.field, q.code";

  private final DataSource dataSource;

  public DataQualityService(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public PersonQuality person(UnitScope scope, long personId) {
    try (Connection connection = dataSource.getConnection()) {
      if (scope.isEmpty()) {
        throw new RecordNotFoundException("person", personId);
      }
      List<Object> parameters = new ArrayList<>(List.of(personId));
      parameters.addAll(ScopeSql.parameters(scope));
      List<Object[]> found =
          rows(
              connection,
              "SELECT p.full_name, p.unit_id FROM person p WHERE p.id = ? AND "
                  + ScopeSql.condition(scope, "p.unit_id"),
              parameters);
      if (found.isEmpty()) {
        throw new RecordNotFoundException("person", personId);
      }
      List<Object> problemParameters = new ArrayList<>();
      String problems = QualitySql.problems(QualitySql.person(personId, scope), problemParameters);
      List<QualityProblem> list =
          problems(
              connection,
              "SELECT " + QualitySql.COLUMNS + " FROM (" + problems + ") q" + PROBLEM_ORDER,
              problemParameters);
      Object[] person = found.get(0);
      Long unitId = person[1] == null ? null : number(person[1]);
      return new PersonQuality(personId, (String) person[0], unitId, list);
    } catch (SQLException e) {
      throw failure("person " + personId, e);
    }
  }

  @Override
  public UnitQuality unit(UnitScope scope, long unitId, int page, int size) {
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException(
          "page must be 0 or more and size 1 to " + MAX_PAGE_SIZE + ": " + page + ", " + size);
    }
    if ((long) page * size > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("page " + page + " of size " + size + " is out of range");
    }
    try (Connection connection = dataSource.getConnection()) {
      if (scope.isEmpty()) {
        throw new RecordNotFoundException("unit", unitId);
      }
      List<Object> unitParameters = new ArrayList<>(List.of(unitId));
      unitParameters.addAll(ScopeSql.parameters(scope));
      List<Object[]> unit =
          rows(
              connection,
              "SELECT u.name FROM unit u WHERE u.id = ? AND " + ScopeSql.condition(scope, "u.id"),
              unitParameters);
      if (unit.isEmpty()) {
        throw new RecordNotFoundException("unit", unitId);
      }

      QualitySql.Filter filter = QualitySql.subtree(unitId, scope);
      long people =
          number(
              rows(
                      connection,
                      "SELECT COUNT(*) FROM person p WHERE " + filter.condition(),
                      filter.parameters())
                  .get(0)[0]);
      Counts counts = counts(connection, filter);

      List<Object> parameters = new ArrayList<>();
      String problems = QualitySql.problems(filter, parameters);
      parameters.add(size);
      parameters.add(page * size);
      List<QualityProblem> items =
          problems(
              connection,
              "SELECT "
                  + QualitySql.COLUMNS
                  + " FROM ("
                  + problems
                  + ") q"
                  + PROBLEM_ORDER
                  + " LIMIT ? OFFSET ?",
              parameters);
      long total = counts.problems();
      return new UnitQuality(
          unitId,
          (String) unit.get(0)[0],
          people,
          counts.people(),
          counts.byCheck(),
          new Page<>(items, page, size, total));
    } catch (SQLException e) {
      throw failure("unit " + unitId, e);
    }
  }

  @Override
  public QualitySummary summary(UnitScope scope) {
    if (scope.isEmpty()) {
      return new QualitySummary(0, 0, Counts.empty().byCheck(), List.of());
    }
    try (Connection connection = dataSource.getConnection()) {
      QualitySql.Filter filter = QualitySql.scope(scope);
      // People without a unit count in the totals; the list of units cannot show them.
      Map<Long, Long> peoplePerUnit = new HashMap<>();
      long people = 0;
      for (Object[] row :
          rows(
              connection,
              "SELECT p.unit_id, COUNT(*) FROM person p WHERE "
                  + filter.condition()
                  + " GROUP BY p.unit_id",
              filter.parameters())) {
        if (row[0] == null) {
          people += number(row[1]);
        } else {
          peoplePerUnit.put(number(row[0]), number(row[1]));
        }
      }

      Map<Long, Counts> unitCounts = countsPerUnit(connection, filter);
      List<UnitQualityCount> units = new ArrayList<>();
      Counts total = unitCounts.getOrDefault(null, Counts.empty());
      for (Object[] unit : units(connection, peoplePerUnit)) {
        long unitId = number(unit[0]);
        Counts counts = unitCounts.getOrDefault(unitId, Counts.empty());
        long unitPeople = peoplePerUnit.getOrDefault(unitId, 0L);
        units.add(
            new UnitQualityCount(
                unitId,
                (String) unit[1],
                (String) unit[2],
                unit[3] == null ? null : number(unit[3]),
                unitPeople,
                counts.people(),
                counts.byCheck()));
        total = total.plus(counts);
        people += unitPeople;
      }
      return new QualitySummary(people, total.people(), total.byCheck(), units);
    } catch (SQLException e) {
      throw failure("the summary", e);
    }
  }

  /** Counts the problems of the filter's people per check. */
  private static Counts counts(Connection connection, QualitySql.Filter filter)
      throws SQLException {
    List<Object> parameters = new ArrayList<>();
    String problems = QualitySql.problems(filter, parameters);
    List<Object[]> rows =
        rows(connection, "SELECT " + aggregates() + " FROM (" + problems + ") q", parameters);
    return Counts.of(rows.get(0), 0);
  }

  /** Counts the problems of the filter's people per unit and check. */
  private static Map<Long, Counts> countsPerUnit(Connection connection, QualitySql.Filter filter)
      throws SQLException {
    List<Object> parameters = new ArrayList<>();
    String problems = QualitySql.problems(filter, parameters);
    Map<Long, Counts> counts = new HashMap<>();
    for (Object[] row :
        rows(
            connection,
            "SELECT q.unit_id, " + aggregates() + " FROM (" + problems + ") q GROUP BY q.unit_id",
            parameters)) {
      counts.put(row[0] == null ? null : number(row[0]), Counts.of(row, 1));
    }
    return counts;
  }

  /**
   * Returns the aggregates that {@link Counts#of} reads, computed in one pass over the problems:
   * the people with any problem, then for each check its problems and its people.
   */
  private static String aggregates() {
    List<String> columns = new ArrayList<>();
    columns.add("COUNT(DISTINCT q.person_id)");
    for (QualityCheck check : QualityCheck.values()) {
      String when = "WHEN q.check_name = '" + check.name() + "'";
      columns.add("SUM(CASE " + when + " THEN 1 ELSE 0 END)");
      columns.add("COUNT(DISTINCT CASE " + when + " THEN q.person_id END)");
    }
    return String.join(", ", columns);
  }

  /** Returns code, name and parent of the units that have people, by code. */
  private static List<Object[]> units(Connection connection, Map<Long, Long> peoplePerUnit)
      throws SQLException {
    if (peoplePerUnit.isEmpty()) {
      return List.of();
    }
    TreeMap<String, Object[]> byCode = new TreeMap<>();
    List<Long> ids = new ArrayList<>(peoplePerUnit.keySet());
    // Bounded IN lists: a large installation has thousands of units.
    for (int from = 0; from < ids.size(); from += 500) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
      String placeholders = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
      for (Object[] row :
          rows(
              connection,
              "SELECT u.id, u.code, u.name, u.parent_id FROM unit u WHERE u.id IN ("
                  + placeholders
                  + ")",
              new ArrayList<>(chunk))) {
        byCode.put((String) row[1], row);
      }
    }
    return new ArrayList<>(byCode.values());
  }

  private static List<QualityProblem> problems(
      Connection connection, String sql, List<Object> parameters) throws SQLException {
    List<QualityProblem> problems = new ArrayList<>();
    for (Object[] row : rows(connection, sql, parameters)) {
      List<String> arguments = new ArrayList<>();
      for (int i = 10; i < 15 && row[i] != null; i++) {
        arguments.add(((String) row[i]).strip());
      }
      String code = (String) row[6];
      String field = (String) row[9];
      problems.add(
          new QualityProblem(
              number(row[0]),
              (String) row[1],
              row[2] == null ? null : number(row[2]),
              QualityCheck.valueOf((String) row[5]),
              code,
              (String) row[7],
              row[8] == null ? null : number(row[8]),
              field,
              QualityMessages.format(code, field, arguments),
              arguments));
    }
    return problems;
  }

  private static List<Object[]> rows(Connection connection, String sql, List<Object> parameters)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.size(); i++) {
        statement.setObject(i + 1, parameters.get(i));
      }
      try (ResultSet result = statement.executeQuery()) {
        int columns = result.getMetaData().getColumnCount();
        List<Object[]> rows = new ArrayList<>();
        while (result.next()) {
          Object[] row = new Object[columns];
          for (int i = 0; i < columns; i++) {
            row[i] = result.getObject(i + 1);
          }
          rows.add(row);
        }
        return rows;
      }
    }
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }

  private static IllegalStateException failure(String what, SQLException e) {
    return new IllegalStateException(
        "Checking the data quality of " + what + " failed: " + e.getMessage(), e);
  }

  /**
   * Problem counts per check, and the people with at least one problem over all checks.
   *
   * @param byCheck the count of each check, in the enum's order
   * @param people the people with at least one problem
   */
  record Counts(List<QualityCount> byCheck, long people) {

    Counts {
      byCheck = List.copyOf(byCheck);
    }

    static Counts empty() {
      List<QualityCount> zero = new ArrayList<>();
      for (QualityCheck check : QualityCheck.values()) {
        zero.add(new QualityCount(check, 0, 0));
      }
      return new Counts(zero, 0);
    }

    /**
     * Reads the columns of {@link #aggregates} from a result row, starting at {@code first}. A
     * group without problems gives null sums.
     */
    static Counts of(Object[] row, int first) {
      List<QualityCount> counts = new ArrayList<>();
      int column = first + 1;
      for (QualityCheck check : QualityCheck.values()) {
        counts.add(new QualityCount(check, orZero(row[column]), orZero(row[column + 1])));
        column += 2;
      }
      return new Counts(counts, orZero(row[first]));
    }

    /** Returns the sum of the counts of people in separate units. */
    Counts plus(Counts other) {
      List<QualityCount> sum = new ArrayList<>();
      for (int i = 0; i < byCheck.size(); i++) {
        QualityCount mine = byCheck.get(i);
        QualityCount theirs = other.byCheck.get(i);
        sum.add(
            new QualityCount(
                mine.check(),
                mine.problems() + theirs.problems(),
                mine.people() + theirs.people()));
      }
      return new Counts(sum, people + other.people);
    }

    /** Returns the problems over all checks. */
    long problems() {
      return byCheck.stream().mapToLong(QualityCount::problems).sum();
    }

    private static long orZero(Object value) {
      return value == null ? 0 : ((Number) value).longValue();
    }
  }
}
