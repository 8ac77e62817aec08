package vn.hoso.api.quality;

import java.util.List;
import java.util.Objects;

/**
 * One problem of one person's record.
 *
 * @param personId the person
 * @param fullName the person's full name
 * @param unitId the person's unit, or null when the record has none
 * @param check the kind of problem
 * @param code the rule that found it, one of the codes {@link QualityCheck} lists
 * @param historyKind the history table of the row at fault, as the REST API names it (for example
 *     {@code salary}), or null when the problem is in the person's own fields
 * @param rowId the history row at fault, or null
 * @param field the field at fault, for example {@code homeTown} or {@code effectiveDate}, or null
 *     when the problem is the record as a whole
 * @param message the problem in Vietnamese, with the values involved
 * @param arguments the values the message shows, in order: the value at fault first, then what it
 *     was compared with
 */
public record QualityProblem(
    long personId,
    String fullName,
    Long unitId,
    QualityCheck check,
    String code,
    String historyKind,
    Long rowId,
    String field,
    String message,
    List<String> arguments) {

  public QualityProblem {
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    arguments = List.copyOf(arguments);
  }
}
