package vn.hoso.records.internal.audit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import vn.hoso.api.record.PartialDate;

/**
 * Turns an API record into the field values the audit log stores: one entry per component, keyed by
 * its name as the REST API spells it, nested records flattened as {@code decision.number}.
 */
public final class AuditValues {

  /** Components never audited: the row's identity and version are columns of the entry. */
  private static final Set<String> SKIPPED = Set.of("id", "version");

  private AuditValues() {}

  /** Returns the values of the record's components in declaration order; null stays null. */
  public static Map<String, String> of(Record record) {
    Map<String, String> values = new LinkedHashMap<>();
    if (record != null) {
      collect("", record, values);
    }
    return values;
  }

  /** Returns the text a value is stored as: ISO-8601 dates, plain decimals, enum names. */
  public static String format(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.stripTrailingZeros().toPlainString();
    }
    if (value instanceof PartialDate date) {
      return date.toIsoString();
    }
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    return value.toString();
  }

  private static void collect(String prefix, Record record, Map<String, String> values) {
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      String name = component.getName();
      if (prefix.isEmpty() && SKIPPED.contains(name)) {
        continue;
      }
      Object value = read(component, record);
      if (value instanceof Record nested && !(value instanceof PartialDate)) {
        collect(prefix + name + ".", nested, values);
      } else if (value != null || !Record.class.isAssignableFrom(component.getType())) {
        // An absent nested record adds no keys; comparing against a missing key still shows
        // each of its fields as set or cleared.
        values.put(prefix + name, format(value));
      }
    }
  }

  private static Object read(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(
          "Cannot read " + component.getName() + " of " + record.getClass().getName(), e);
    }
  }
}
