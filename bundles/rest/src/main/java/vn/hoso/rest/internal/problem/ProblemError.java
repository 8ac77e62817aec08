package vn.hoso.rest.internal.problem;

import java.util.List;

/**
 * One problem with one input field, as the {@code errors} array of a problem lists it.
 *
 * @param field the field's path in the request body, for example {@code decision.signedOn}, or the
 *     query parameter; null for the record as a whole
 * @param code stable code, for example {@code identity-number-invalid}
 * @param message the problem in the client's language
 * @param arguments the values the message refers to: the rejected value first, then what was
 *     expected
 */
public record ProblemError(String field, String code, String message, List<String> arguments) {}
