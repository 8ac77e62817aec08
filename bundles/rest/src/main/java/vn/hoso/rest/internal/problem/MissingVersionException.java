package vn.hoso.rest.internal.problem;

/**
 * Thrown when an update or delete does not say which version of the row the client read, neither in
 * {@code If-Match} nor in a {@code version} field or parameter. The response is 428.
 */
public final class MissingVersionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MissingVersionException() {
    super("The request names no version of the row: send If-Match or a version");
  }
}
