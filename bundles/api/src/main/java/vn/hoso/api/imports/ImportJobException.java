package vn.hoso.api.imports;

import java.util.Objects;

/**
 * A request on an import job that cannot be done in the job's state. {@link #getMessage()} is a
 * Vietnamese sentence for the user.
 */
public class ImportJobException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** No job of the caller has this id, or it has expired. */
  public static final String NOT_FOUND = "import.job-not-found";

  /** The job is not in a state that allows the request, for example a commit while reading. */
  public static final String WRONG_STATE = "import.job-wrong-state";

  /** A commit of every row was requested, but the dry run rejected some. */
  public static final String HAS_REJECTED_ROWS = "import.job-has-rejected-rows";

  private final String code;

  public ImportJobException(String code, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
  }

  /** Returns the stable code, one of the constants of this class. */
  public String code() {
    return code;
  }
}
