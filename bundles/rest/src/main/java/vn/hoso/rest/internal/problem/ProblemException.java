package vn.hoso.rest.internal.problem;

/**
 * A client error that resources raise with a problem code from the message files; the exception
 * mapper turns it into {@code application/problem+json} in the client's language.
 */
public final class ProblemException extends RuntimeException {

  private final String code;
  private final int status;
  private final transient Object[] detailArguments;

  /**
   * @param code the problem code, with {@code <code>.title} and {@code <code>.detail} in the
   *     message files
   * @param status the HTTP status
   * @param detailArguments the arguments of the detail message
   */
  public ProblemException(String code, int status, Object... detailArguments) {
    super(code);
    this.code = code;
    this.status = status;
    this.detailArguments = detailArguments.clone();
  }

  public String code() {
    return code;
  }

  public int status() {
    return status;
  }

  Object[] detailArguments() {
    return detailArguments.clone();
  }
}
