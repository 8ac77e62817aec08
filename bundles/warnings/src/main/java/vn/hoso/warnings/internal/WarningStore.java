package vn.hoso.warnings.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import vn.hoso.api.record.PersonCategory;
import vn.hoso.api.warning.StoredWarning;
import vn.hoso.api.warning.WarningCount;
import vn.hoso.api.warning.WarningEvent;
import vn.hoso.api.warning.WarningFilter;
import vn.hoso.api.warning.WarningPage;

/**
 * Reads and writes the {@code warning_item} table with plain JDBC, because a recomputation writes
 * hundreds of thousands of rows and needs batched inserts without an entity cache.
 */
final class WarningStore {

  private static final String COLUMNS =
      "rule_id, kind, due_date, title, person_id, full_name, unit_id, category, event_json,"
          + " computed_at";

  /**
   * Days after its computation within which an event is stored with its details and reasoning: the
   * default 90-day window and a month's margin, in case a nightly recomputation fails. Later
   * events, most of a computation's rows, are stored without them and explained on reading, a page
   * at a time, so a recomputation for everyone writes a fraction of the bytes.
   */
  static final int DETAILED_DAYS = 120;

  /**
   * Warnings a page counts exactly. A 90-day window over a ministry of 1,000,000 people selects
   * about 670,000, and counting them all took 570 ms on PostgreSQL.
   */
  static final int COUNT_LIMIT = 10_000;

  /** Explains events stored without their details, in the order given. */
  interface Explainer {
    List<WarningEvent> explain(List<StoredWarning> summaries);
  }

  private final DataSource dataSource;
  private final ObjectMapper json =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  WarningStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Replaces one rule's warnings of the given people with {@code warnings}, in one transaction, so
   * a reader sees either all old or all new rows of a person.
   */
  void replace(String ruleId, Collection<Long> personIds, List<StoredWarning> warnings)
      throws SQLException {
    if (personIds.isEmpty()) {
      return;
    }
    replaceWhere(
        ruleId, "person_id IN (" + WarningSql.idList(personIds) + ")", List.of(), warnings);
  }

  /**
   * Replaces one rule's warnings of everyone whose id is in {@code (afterId, lastId]}, in one
   * transaction. Rows of people deleted since the last computation go too. A range, unlike a list
   * of a thousand ids, lets PostgreSQL pick the index even before the new rows are analyzed.
   */
  void replaceRange(String ruleId, long afterId, long lastId, List<StoredWarning> warnings)
      throws SQLException {
    replaceWhere(ruleId, "person_id > ? AND person_id <= ?", List.of(afterId, lastId), warnings);
  }

  private void replaceWhere(
      String ruleId, String peopleCondition, List<Long> parameters, List<StoredWarning> warnings)
      throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        try (PreparedStatement delete =
            connection.prepareStatement(
                "DELETE FROM warning_item WHERE rule_id = ? AND " + peopleCondition)) {
          delete.setString(1, ruleId);
          for (int i = 0; i < parameters.size(); i++) {
            delete.setLong(i + 2, parameters.get(i));
          }
          delete.executeUpdate();
        }
        insert(connection, warnings);
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    }
  }

  /**
   * Vacuums and analyzes the table on PostgreSQL after a computation for everyone. The statistics
   * plan the next queries for the rows it contains now, and the visibility map lets counting a
   * unit's window read the index alone instead of a table page per row.
   */
  void vacuum() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      if (PostgresCopy.supports(connection)) {
        connection.setAutoCommit(true);
        statement.execute("VACUUM (ANALYZE) warning_item");
      }
    }
  }

  private void insert(Connection connection, List<StoredWarning> warnings) throws SQLException {
    if (warnings.isEmpty()) {
      return;
    }
    if (PostgresCopy.supports(connection)) {
      copy(connection, warnings);
    } else {
      insertBatch(connection, warnings);
    }
  }

  private void copy(Connection connection, List<StoredWarning> warnings) throws SQLException {
    StringBuilder csv = new StringBuilder(warnings.size() * 1024);
    for (StoredWarning warning : warnings) {
      WarningEvent event = warning.event();
      PostgresCopy.appendField(csv, event.ruleId());
      csv.append(',');
      PostgresCopy.appendField(csv, event.kind());
      csv.append(',');
      csv.append(event.dueDate()).append(',');
      PostgresCopy.appendField(csv, truncate(event.title(), 500));
      csv.append(',').append(warning.personId()).append(',');
      PostgresCopy.appendField(csv, truncate(warning.fullName(), 200));
      csv.append(',');
      if (warning.unitId() != null) {
        csv.append(warning.unitId());
      }
      csv.append(',');
      PostgresCopy.appendField(csv, warning.category().name());
      csv.append(',');
      PostgresCopy.appendField(csv, detailsJson(warning));
      csv.append(',');
      PostgresCopy.appendField(csv, warning.computedAt().toString());
      csv.append('\n');
    }
    PostgresCopy.copyCsv(connection, "warning_item", COLUMNS, csv);
  }

  private void insertBatch(Connection connection, List<StoredWarning> warnings)
      throws SQLException {
    String sql = "INSERT INTO warning_item (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      for (StoredWarning warning : warnings) {
        WarningEvent event = warning.event();
        insert.setString(1, event.ruleId());
        insert.setString(2, event.kind());
        insert.setDate(3, Date.valueOf(event.dueDate()));
        insert.setString(4, truncate(event.title(), 500));
        insert.setLong(5, warning.personId());
        insert.setString(6, truncate(warning.fullName(), 200));
        if (warning.unitId() == null) {
          insert.setNull(7, java.sql.Types.BIGINT);
        } else {
          insert.setLong(7, warning.unitId());
        }
        insert.setString(8, warning.category().name());
        insert.setString(9, detailsJson(warning));
        insert.setTimestamp(10, Timestamp.from(warning.computedAt()));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** Returns the completed computation of a rule, or null when it never completed. */
  RuleState ruleState(String ruleId) throws SQLException {
    String sql =
        "SELECT bundle_version, as_of, completed_at FROM warning_rule_state WHERE rule_id = ?";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, ruleId);
      try (ResultSet rows = select.executeQuery()) {
        if (!rows.next()) {
          return null;
        }
        return new RuleState(
            rows.getString(1), rows.getDate(2).toLocalDate(), rows.getTimestamp(3).toInstant());
      }
    }
  }

  /** Records that a computation of a rule for everyone completed. */
  void saveRuleState(String ruleId, RuleState state) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement delete =
              connection.prepareStatement("DELETE FROM warning_rule_state WHERE rule_id = ?");
          PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO warning_rule_state (rule_id, bundle_version, as_of, completed_at)"
                      + " VALUES (?, ?, ?, ?)")) {
        delete.setString(1, ruleId);
        delete.executeUpdate();
        insert.setString(1, ruleId);
        insert.setString(2, state.bundleVersion());
        insert.setDate(3, Date.valueOf(state.asOf()));
        insert.setTimestamp(4, Timestamp.from(state.completedAt()));
        insert.executeUpdate();
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    }
  }

  /** Deletes every warning of one rule, and its computation state, and returns how many. */
  int deleteRule(String ruleId) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement deleteItems =
            connection.prepareStatement("DELETE FROM warning_item WHERE rule_id = ?");
        PreparedStatement deleteState =
            connection.prepareStatement("DELETE FROM warning_rule_state WHERE rule_id = ?")) {
      deleteItems.setString(1, ruleId);
      deleteState.setString(1, ruleId);
      int deleted = deleteItems.executeUpdate();
      deleteState.executeUpdate();
      return deleted;
    }
  }

  /** Deletes the warnings of every rule not in {@code activeRuleIds}, left from an earlier run. */
  int deleteOtherRules(Collection<String> activeRuleIds) throws SQLException {
    String condition =
        activeRuleIds.isEmpty()
            ? ""
            : " WHERE rule_id NOT IN (" + WarningSql.placeholders(activeRuleIds.size()) + ")";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete =
            connection.prepareStatement("DELETE FROM warning_item" + condition)) {
      int index = 1;
      for (String ruleId : activeRuleIds) {
        delete.setString(index++, ruleId);
      }
      return delete.executeUpdate();
    }
  }

  WarningPage find(WarningFilter filter, int page, int size, Explainer explainer)
      throws SQLException {
    WarningSql where = WarningSql.of(filter);
    try (Connection connection = dataSource.getConnection()) {
      // Counting one row past the limit shows whether the limit was reached.
      long counted;
      try (PreparedStatement count =
          connection.prepareStatement(
              "SELECT COUNT(*) FROM (SELECT 1 FROM warning_item"
                  + where.where
                  + " LIMIT "
                  + (COUNT_LIMIT + 1)
                  + ") selected")) {
        bind(count, where.parameters);
        try (ResultSet rows = count.executeQuery()) {
          rows.next();
          counted = rows.getLong(1);
        }
      }
      boolean capped = counted > COUNT_LIMIT;
      long total = capped ? COUNT_LIMIT : counted;

      String sql =
          "SELECT "
              + COLUMNS
              + " FROM warning_item"
              + where.where
              + " ORDER BY due_date, person_id, id LIMIT ? OFFSET ?";
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        int next = bind(select, where.parameters);
        select.setInt(next, size);
        select.setLong(next + 1, (long) page * size);
        return new WarningPage(read(select, explainer), page, size, total, capped);
      }
    }
  }

  List<WarningCount> count(WarningFilter filter, LocalDate today) throws SQLException {
    WarningSql where = WarningSql.of(filter);
    String sql =
        "SELECT rule_id, unit_id,"
            + " SUM(CASE WHEN due_date < ? THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN due_date >= ? THEN 1 ELSE 0 END)"
            + " FROM warning_item"
            + where.where
            + " GROUP BY rule_id, unit_id ORDER BY rule_id, unit_id";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      select.setDate(1, Date.valueOf(today));
      select.setDate(2, Date.valueOf(today));
      bindFrom(select, 3, where.parameters);
      List<WarningCount> counts = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          long unitId = rows.getLong(2);
          Long unit = rows.wasNull() ? null : unitId;
          counts.add(new WarningCount(rows.getString(1), unit, rows.getLong(3), rows.getLong(4)));
        }
      }
      return counts;
    }
  }

  List<StoredWarning> forPerson(long personId, Explainer explainer) throws SQLException {
    String sql =
        "SELECT " + COLUMNS + " FROM warning_item WHERE person_id = ? ORDER BY due_date, id";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      select.setLong(1, personId);
      return read(select, explainer);
    }
  }

  private List<StoredWarning> read(PreparedStatement select, Explainer explainer)
      throws SQLException {
    List<StoredWarning> warnings = new ArrayList<>();
    List<Integer> summaryPositions = new ArrayList<>();
    try (ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        long unitId = rows.getLong(7);
        Long unit = rows.wasNull() ? null : unitId;
        String json = rows.getString(9);
        WarningEvent event;
        if (json == null) {
          summaryPositions.add(warnings.size());
          event =
              new WarningEvent(
                  rows.getString(1),
                  rows.getString(2),
                  rows.getDate(3).toLocalDate(),
                  rows.getString(4),
                  Map.of(),
                  List.of(),
                  "",
                  List.of());
        } else {
          event = fromJson(json);
        }
        warnings.add(
            new StoredWarning(
                rows.getLong(5),
                rows.getString(6),
                unit,
                PersonCategory.valueOf(rows.getString(8)),
                event,
                rows.getTimestamp(10).toInstant()));
      }
    }
    if (summaryPositions.isEmpty()) {
      return warnings;
    }

    List<StoredWarning> summaries = summaryPositions.stream().map(warnings::get).toList();
    List<WarningEvent> explained = explainer.explain(summaries);
    for (int i = 0; i < summaryPositions.size(); i++) {
      StoredWarning summary = summaries.get(i);
      warnings.set(
          summaryPositions.get(i),
          new StoredWarning(
              summary.personId(),
              summary.fullName(),
              summary.unitId(),
              summary.category(),
              explained.get(i),
              summary.computedAt()));
    }
    return warnings;
  }

  private static int bind(PreparedStatement statement, List<Object> parameters)
      throws SQLException {
    return bindFrom(statement, 1, parameters);
  }

  private static int bindFrom(PreparedStatement statement, int first, List<Object> parameters)
      throws SQLException {
    int index = first;
    for (Object parameter : parameters) {
      statement.setObject(index++, parameter);
    }
    return index;
  }

  /** Returns the event's JSON when it is due within {@link #DETAILED_DAYS}, otherwise null. */
  private String detailsJson(StoredWarning warning) {
    LocalDate computedOn = LocalDate.ofInstant(warning.computedAt(), ZoneOffset.UTC);
    if (warning.event().dueDate().isAfter(computedOn.plusDays(DETAILED_DAYS))) {
      return null;
    }
    return toJson(warning.event());
  }

  private String toJson(WarningEvent event) {
    try {
      return json.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write warning event of rule " + event.ruleId(), e);
    }
  }

  private WarningEvent fromJson(String text) {
    try {
      return json.readValue(text, WarningEvent.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "Stored warning event is not valid JSON: " + e.getMessage(), e);
    }
  }

  private static String truncate(String text, int maxLength) {
    return text.length() <= maxLength ? text : text.substring(0, maxLength);
  }
}
