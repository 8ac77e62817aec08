package vn.hoso.records.internal.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.hoso.api.personnel.FieldProblem;
import vn.hoso.api.personnel.ValidationException;

/**
 * Collects the problems of one input so that all of them are reported together. The checks add a
 * problem and return whether the value passed, so that later checks can depend on earlier ones.
 */
public final class Problems {

  private final List<FieldProblem> problems = new ArrayList<>();

  /** Adds a problem; arguments are the rejected value first, then what was expected. */
  public void add(String field, String code, Object... arguments) {
    List<String> texts = Arrays.stream(arguments).map(a -> a == null ? null : format(a)).toList();
    problems.add(
        new FieldProblem(field, code, Messages.format(field, code, texts), nullSafe(texts)));
  }

  /** Returns whether any problem was added for the field. */
  public boolean has(String field) {
    return problems.stream().anyMatch(p -> field.equals(p.field()));
  }

  /** Returns the problems added so far, in order. */
  public List<FieldProblem> list() {
    return List.copyOf(problems);
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /**
   * Throws the collected problems.
   *
   * @throws ValidationException when there is at least one
   */
  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  /** Checks that a value is present. */
  public boolean required(String field, Object value) {
    if (value == null) {
      add(field, "required");
      return false;
    }
    return true;
  }

  /** Checks every text value against the maximum length of its field. */
  public void maxLengths(Map<String, Integer> limits, Map<String, String> values) {
    values.forEach(
        (field, value) -> {
          Integer limit = limits.get(field);
          if (limit != null && value != null && value.length() > limit) {
            add(field, "too-long", value.length(), limit);
          }
        });
  }

  /** Checks that a number lies within an inclusive range. */
  public boolean range(String field, Integer value, int min, int max) {
    if (value != null && (value < min || value > max)) {
      add(field, "out-of-range", value, min, max);
      return false;
    }
    return true;
  }

  /** Checks that a decimal lies within an inclusive range and has at most two decimals. */
  public boolean decimal(String field, BigDecimal value, String min, String max) {
    if (value == null) {
      return true;
    }
    if (value.stripTrailingZeros().scale() > 2) {
      add(field, "too-many-decimals", value);
      return false;
    }
    if (value.compareTo(new BigDecimal(min)) < 0 || value.compareTo(new BigDecimal(max)) > 0) {
      add(field, "out-of-range", value, min, max);
      return false;
    }
    return true;
  }

  /** Checks that a date lies in a plausible range and not after today. */
  public boolean pastDate(String field, LocalDate date, LocalDate today) {
    if (date == null) {
      return true;
    }
    if (date.getYear() < 1900) {
      add(field, "out-of-range", date, "1900-01-01", today);
      return false;
    }
    if (date.isAfter(today)) {
      add(field, "date-future", date);
      return false;
    }
    return true;
  }

  /** Checks that a date lies between 1900 and 2100, for dates that may be in the future. */
  public boolean plausibleDate(String field, LocalDate date) {
    if (date != null && (date.getYear() < 1900 || date.getYear() > 2100)) {
      add(field, "out-of-range", date, "1900-01-01", "2100-12-31");
      return false;
    }
    return true;
  }

  /** Checks that a date is not before the person's birth. */
  public boolean notBeforeBirth(String field, LocalDate date, LocalDate birth) {
    if (date != null && birth != null && date.isBefore(birth)) {
      add(field, "date-before-birth", date, birth);
      return false;
    }
    return true;
  }

  /** Checks that an end date is not before its start date. */
  public boolean endNotBeforeStart(String endField, LocalDate start, LocalDate end) {
    if (start != null && end != null && end.isBefore(start)) {
      add(endField, "end-before-start", end, start);
      return false;
    }
    return true;
  }

  private static String format(Object argument) {
    return argument instanceof BigDecimal decimal
        ? decimal.stripTrailingZeros().toPlainString()
        : argument.toString();
  }

  private static List<String> nullSafe(List<String> texts) {
    return texts.stream().map(t -> t == null ? "" : t).toList();
  }
}
