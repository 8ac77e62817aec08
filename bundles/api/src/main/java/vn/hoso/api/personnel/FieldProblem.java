package vn.hoso.api.personnel;

import java.util.List;
import java.util.Objects;

/**
 * One problem with one input field.
 *
 * @param field the field's path in the input, for example {@code identityNumber} or {@code
 *     decision.signedOn}; null for a problem with the record as a whole
 * @param code a stable code, for example {@code identity-number-invalid}; {@link
 *     ValidationException} lists the codes
 * @param message the problem in Vietnamese, naming the field and the value
 * @param arguments the values the message refers to, in order: the rejected value first, then what
 *     the rule expected (a limit, the coefficient of the table)
 */
public record FieldProblem(String field, String code, String message, List<String> arguments) {

  public FieldProblem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    arguments = List.copyOf(arguments);
  }
}
