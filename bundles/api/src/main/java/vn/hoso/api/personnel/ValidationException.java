package vn.hoso.api.personnel;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a write fails validation. It lists every problem found in the input, not only the
 * first, and nothing of the write was stored.
 *
 * <p>Codes: {@code required}, {@code too-long}, {@code too-many-decimals}, {@code out-of-range},
 * {@code invalid-value}, {@code code-invalid}, {@code unknown-code}, {@code unit-not-found}, {@code
 * identity-number-invalid}, {@code identity-number-mismatch}, {@code identity-number-duplicate},
 * {@code social-insurance-number-invalid}, {@code birth-date-future}, {@code
 * birth-date-implausible}, {@code date-future}, {@code date-before-birth}, {@code
 * end-before-start}, {@code period-overlap}, {@code duplicate-effective-date}, {@code
 * duplicate-year}, {@code name-parts-mismatch}, {@code salary-type-mismatch}, {@code
 * step-out-of-range}, {@code coefficient-mismatch}, {@code seniority-allowance-not-last-step},
 * {@code rating-not-valid-for-year}, {@code discipline-form-not-valid}, {@code
 * contract-term-too-long}, {@code end-date-not-allowed}, {@code unit-inactive}, {@code
 * unit-code-duplicate}, {@code unit-cycle}, {@code unit-in-use}, {@code unit-has-active-members}.
 * {@link BulkRecordService} adds {@code person-out-of-scope}, {@code unit-out-of-scope} and {@code
 * duplicate-in-file}. Change requests add {@code change-not-allowed}, {@code
 * change-table-not-allowed}, {@code no-change}, {@code evidence-too-large}, {@code
 * evidence-type-not-allowed}, {@code evidence-content-mismatch} and {@code file-name-invalid}. The
 * REST layer adds {@code invalid-format} for a value its JSON reader cannot convert.
 */
public class ValidationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<FieldProblem> problems;

  public ValidationException(List<FieldProblem> problems) {
    super(summary(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("A validation failure needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** Returns every problem found, in the order of the input's fields. */
  public List<FieldProblem> problems() {
    return problems;
  }

  private static String summary(List<FieldProblem> problems) {
    return problems.stream()
        .map(p -> (p.field() == null ? "" : p.field() + ": ") + p.code())
        .collect(Collectors.joining(", ", "Invalid input: ", ""));
  }
}
