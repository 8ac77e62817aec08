package vn.hoso.rest.internal.problem;

import java.util.List;

/**
 * A request body or query has invalid fields; the response is 400 {@code validation-failed} with
 * one entry per field.
 */
public final class RequestValidationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * One invalid field.
   *
   * @param field name of the field as the client sent it
   * @param code key of the message {@code field.<code>}, for example {@code required}
   * @param arguments arguments of that message; may contain {@code null}
   */
  public record Violation(String field, String code, List<Object> arguments) {}

  private final transient List<Violation> violations;

  public RequestValidationException(List<Violation> violations) {
    super("Invalid fields: " + violations.stream().map(Violation::field).toList());
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}
