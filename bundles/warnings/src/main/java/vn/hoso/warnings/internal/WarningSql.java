package vn.hoso.warnings.internal;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import vn.hoso.api.warning.WarningFilter;

/**
 * The WHERE clause and its parameters for a {@link WarningFilter}, portable to H2 and PostgreSQL.
 */
final class WarningSql {

  final String where;
  final List<Object> parameters;

  private WarningSql(String where, List<Object> parameters) {
    this.where = where;
    this.parameters = parameters;
  }

  static WarningSql of(WarningFilter filter) {
    List<String> conditions = new ArrayList<>();
    List<Object> parameters = new ArrayList<>();

    if (!filter.ruleIds().isEmpty()) {
      conditions.add("rule_id IN (" + placeholders(filter.ruleIds().size()) + ")");
      parameters.addAll(filter.ruleIds());
    }
    if (filter.unitIds() != null) {
      if (filter.unitIds().isEmpty()) {
        conditions.add("1 = 0");
      } else {
        conditions.add("unit_id IN (" + placeholders(filter.unitIds().size()) + ")");
        parameters.addAll(filter.unitIds());
      }
    }
    if (!filter.categories().isEmpty()) {
      conditions.add("category IN (" + placeholders(filter.categories().size()) + ")");
      filter.categories().forEach(category -> parameters.add(category.name()));
    }
    if (filter.dueFrom() != null) {
      conditions.add("due_date >= ?");
      parameters.add(Date.valueOf(filter.dueFrom()));
    }
    if (filter.dueTo() != null) {
      conditions.add("due_date <= ?");
      parameters.add(Date.valueOf(filter.dueTo()));
    }

    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    return new WarningSql(where, parameters);
  }

  static String placeholders(int count) {
    return String.join(", ", java.util.Collections.nCopies(count, "?"));
  }

  static String idList(Collection<Long> ids) {
    return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }
}
