package vn.hoso.importsupport.text;

import java.util.Objects;
import vn.hoso.api.imports.ImportProblem.Severity;

/**
 * The result of reading one cell: a value, a problem, or both (a value with a warning).
 *
 * @param value the value, or null when the cell was empty or unreadable
 * @param severity the problem's severity, or null when there is no problem
 * @param code the problem's stable code (see {@link ProblemCodes}), or null
 * @param message the problem's Vietnamese message, or null
 */
public record Parsed<T>(T value, Severity severity, String code, String message) {

  private static final Parsed<?> EMPTY = new Parsed<>(null, null, null, null);

  public Parsed {
    if ((severity == null) != (code == null) || (code == null) != (message == null)) {
      throw new IllegalArgumentException("severity, code and message go together");
    }
    if (severity == Severity.ERROR && value != null) {
      throw new IllegalArgumentException("an error carries no value");
    }
  }

  public static <T> Parsed<T> of(T value) {
    return new Parsed<>(Objects.requireNonNull(value, "value"), null, null, null);
  }

  @SuppressWarnings("unchecked")
  public static <T> Parsed<T> empty() {
    return (Parsed<T>) EMPTY;
  }

  public static <T> Parsed<T> warning(T value, String code, String message) {
    return new Parsed<>(Objects.requireNonNull(value, "value"), Severity.WARNING, code, message);
  }

  public static <T> Parsed<T> error(String code, String message) {
    return new Parsed<>(null, Severity.ERROR, code, message);
  }

  public boolean hasProblem() {
    return code != null;
  }

  /** Returns this result with its value transformed, keeping any problem. */
  public <R> Parsed<R> map(java.util.function.Function<T, R> mapper) {
    return new Parsed<>(value == null ? null : mapper.apply(value), severity, code, message);
  }
}
