package vn.hoso.rest.internal.problem;

import javax.ws.rs.WebApplicationException;

/** A request body is larger than the configured limit; the response is 413. */
public final class PayloadTooLargeException extends WebApplicationException {

  private static final long serialVersionUID = 1L;

  /** The code of a body above the REST body limit. */
  public static final String PAYLOAD_TOO_LARGE = "payload-too-large";

  private final long limitBytes;
  private final String code;
  private final transient Object[] detailArguments;

  /** A body above the REST body limit, with the problem {@value #PAYLOAD_TOO_LARGE}. */
  public PayloadTooLargeException(long limitBytes) {
    this(limitBytes, PAYLOAD_TOO_LARGE, limitBytes);
  }

  /**
   * Creates the failure of a body above a limit of its own, such as that of an import upload.
   *
   * @param code the problem code, with its title and detail in the message files
   * @param detailArguments the arguments of the detail message
   */
  public PayloadTooLargeException(long limitBytes, String code, Object... detailArguments) {
    super("The request body is larger than " + limitBytes + " bytes", 413);
    this.limitBytes = limitBytes;
    this.code = code;
    this.detailArguments = detailArguments.clone();
  }

  public long limitBytes() {
    return limitBytes;
  }

  public String code() {
    return code;
  }

  Object[] detailArguments() {
    return detailArguments.clone();
  }
}
