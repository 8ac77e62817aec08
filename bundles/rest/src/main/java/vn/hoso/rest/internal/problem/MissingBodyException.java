package vn.hoso.rest.internal.problem;

/** Thrown when a create, update or move request has no body; the response is 400. */
public final class MissingBodyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MissingBodyException() {
    super("The request has no body: send a JSON object");
  }
}
