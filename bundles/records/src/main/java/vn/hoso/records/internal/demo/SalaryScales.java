package vn.hoso.records.internal.demo;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The salary tables as the database holds them ({@code ref_salary_type}, {@code ref_salary_step},
 * {@code ref_rank}), so that generated salary rows carry exactly the coefficients that validation
 * and the quality checks compare them with.
 */
public final class SalaryScales {

  /**
   * One salary type of one salary table.
   *
   * @param table the salary table, for example "2"
   * @param code the type, for example "A1"
   * @param stepCount the number of steps
   * @param intervalMonths the months between regular steps
   */
  public record Type(String table, String code, int stepCount, int intervalMonths) {}

  private final Map<String, Type> types;
  private final Map<String, TreeMap<LocalDate, BigDecimal>> coefficients;
  private final Map<String, Type> rankTypes;

  SalaryScales(
      Map<String, Type> types,
      Map<String, TreeMap<LocalDate, BigDecimal>> coefficients,
      Map<String, Type> rankTypes) {
    this.types = Map.copyOf(types);
    this.coefficients = Map.copyOf(coefficients);
    this.rankTypes = Map.copyOf(rankTypes);
  }

  /** Reads the salary tables and ranks through the connection. */
  public static SalaryScales load(Connection connection) throws SQLException {
    Map<String, Type> types = new HashMap<>();
    Map<String, TreeMap<LocalDate, BigDecimal>> coefficients = new HashMap<>();
    Map<String, Type> rankTypes = new HashMap<>();
    try (Statement statement = connection.createStatement()) {
      try (ResultSet rows =
          statement.executeQuery(
              "SELECT salary_table, code, step_count, interval_months FROM ref_salary_type")) {
        while (rows.next()) {
          Type type =
              new Type(rows.getString(1), rows.getString(2), rows.getInt(3), rows.getInt(4));
          types.put(key(type.table(), type.code()), type);
        }
      }
      try (ResultSet rows =
          statement.executeQuery(
              "SELECT salary_table, salary_type, step, valid_from, coefficient"
                  + " FROM ref_salary_step")) {
        while (rows.next()) {
          String key = key(rows.getString(1), rows.getString(2)) + "/" + rows.getInt(3);
          coefficients
              .computeIfAbsent(key, k -> new TreeMap<>())
              .put(rows.getObject(4, LocalDate.class), rows.getBigDecimal(5));
        }
      }
      try (ResultSet rows =
          statement.executeQuery("SELECT code, salary_table, salary_type FROM ref_rank")) {
        while (rows.next()) {
          Type type = types.get(key(rows.getString(2), rows.getString(3)));
          if (type != null) {
            rankTypes.put(rows.getString(1), type);
          }
        }
      }
    }
    return new SalaryScales(types, coefficients, rankTypes);
  }

  /**
   * Returns a salary type.
   *
   * @throws IllegalStateException when the tables do not have it
   */
  public Type type(String table, String code) {
    Type type = types.get(key(table, code));
    if (type == null) {
      throw new IllegalStateException(
          "Salary type " + code + " of table " + table + " is missing from ref_salary_type");
    }
    return type;
  }

  /**
   * Returns the salary type a rank is paid on.
   *
   * @throws IllegalStateException when the rank is missing from {@code ref_rank}
   */
  public Type rankType(String rankCode) {
    Type type = rankTypes.get(rankCode);
    if (type == null) {
      throw new IllegalStateException("Rank " + rankCode + " is missing from ref_rank");
    }
    return type;
  }

  /** Returns whether {@code ref_rank} has the rank. */
  public boolean hasRank(String rankCode) {
    return rankTypes.containsKey(rankCode);
  }

  /**
   * Returns the coefficient of a step in force on a date, or the earliest one the tables hold when
   * the date is older than all of them.
   *
   * @throws IllegalStateException when the tables have no coefficient for the step
   */
  public BigDecimal coefficient(Type type, int step, LocalDate date) {
    TreeMap<LocalDate, BigDecimal> byDate =
        coefficients.get(key(type.table(), type.code()) + "/" + step);
    if (byDate == null || byDate.isEmpty()) {
      throw new IllegalStateException(
          "No coefficient for step "
              + step
              + " of type "
              + type.code()
              + ", table "
              + type.table());
    }
    Map.Entry<LocalDate, BigDecimal> entry = byDate.floorEntry(date);
    return entry == null ? byDate.firstEntry().getValue() : entry.getValue();
  }

  /** Returns the first date the tables hold a coefficient of this type for, if any. */
  public Optional<LocalDate> firstValidFrom(Type type) {
    List<LocalDate> starts = new ArrayList<>();
    for (int step = 1; step <= type.stepCount(); step++) {
      TreeMap<LocalDate, BigDecimal> byDate =
          coefficients.get(key(type.table(), type.code()) + "/" + step);
      if (byDate != null && !byDate.isEmpty()) {
        starts.add(byDate.firstKey());
      }
    }
    return starts.stream().min(LocalDate::compareTo);
  }

  /**
   * Returns the lowest step of a type whose coefficient on the date is above the given one, or the
   * last step when none is: the step a promotion to a higher rank places the person on.
   */
  public int stepAbove(Type type, BigDecimal coefficient, LocalDate date) {
    for (int step = 1; step <= type.stepCount(); step++) {
      if (coefficient(type, step, date).compareTo(coefficient) > 0) {
        return step;
      }
    }
    return type.stepCount();
  }

  private static String key(String table, String type) {
    return table + "/" + type;
  }
}
