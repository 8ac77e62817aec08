package vn.hoso.records.internal.audit;

import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import vn.hoso.api.record.PartialDate;
import vn.hoso.records.internal.reflect.RecordComponents;

/**
 * Turns an API record into the field values the audit log stores: one entry per component, keyed by
 * its name as the REST API spells it, nested records flattened as {@code decision.number}. {@link
 * #toRecord} turns such values back into the record, which change requests use to store proposed
 * values as text.
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

  /**
   * Builds a record from values in the form {@link #of} returns; {@code id} and {@code version},
   * which {@link #of} leaves out, and components without a value are null. A nested record whose
   * fields all lack a value is null.
   *
   * @throws IllegalArgumentException when a value cannot be read as its component's type
   */
  public static <R extends Record> R toRecord(Class<R> type, Map<String, String> values) {
    return type.cast(build(type, "", values));
  }

  private static Object build(Class<?> type, String prefix, Map<String, String> values) {
    RecordComponents components = RecordComponents.of(type);
    Object[] arguments = new Object[components.count()];
    for (int i = 0; i < arguments.length; i++) {
      Class<?> componentType = components.type(i);
      String key = prefix + components.name(i);
      if (componentType.isRecord() && componentType != PartialDate.class) {
        boolean present =
            values.entrySet().stream()
                .anyMatch(e -> e.getKey().startsWith(key + ".") && e.getValue() != null);
        arguments[i] = present ? build(componentType, key + ".", values) : null;
      } else {
        arguments[i] = parse(componentType, key, values.get(key));
      }
    }
    try {
      return components.construct(arguments);
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException(
          "Values do not make a " + type.getSimpleName() + ": " + e.getCause().getMessage(),
          e.getCause());
    }
  }

  /** Reads a value that {@link #format} wrote. */
  private static Object parse(Class<?> type, String key, String text) {
    if (text == null) {
      return null;
    }
    try {
      if (type == String.class) {
        return text;
      }
      if (type == Long.class) {
        return Long.valueOf(text);
      }
      if (type == Integer.class) {
        return Integer.valueOf(text);
      }
      if (type == Boolean.class) {
        return Boolean.valueOf(text);
      }
      if (type == BigDecimal.class) {
        return new BigDecimal(text);
      }
      if (type == LocalDate.class) {
        return LocalDate.parse(text);
      }
      if (type == PartialDate.class) {
        return PartialDate.parse(text);
      }
      if (type.isEnum()) {
        return Arrays.stream(type.getEnumConstants())
            .filter(constant -> ((Enum<?>) constant).name().equals(text))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no constant " + text));
      }
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "Value '" + text + "' of " + key + " is not a " + type.getSimpleName(), e);
    }
    throw new IllegalArgumentException("No text form for " + key + " of type " + type.getName());
  }

  private static void collect(String prefix, Record record, Map<String, String> values) {
    RecordComponents components = RecordComponents.of(record.getClass());
    for (int i = 0; i < components.count(); i++) {
      String name = components.name(i);
      if (prefix.isEmpty() && SKIPPED.contains(name)) {
        continue;
      }
      Object value = components.read(i, record);
      if (value instanceof Record nested && !(value instanceof PartialDate)) {
        collect(prefix + name + ".", nested, values);
      } else if (value != null || !Record.class.isAssignableFrom(components.type(i))) {
        // An absent nested record adds no keys; comparing against a missing key still shows
        // each of its fields as set or cleared.
        values.put(prefix + name, format(value));
      }
    }
  }
}
