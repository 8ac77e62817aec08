package vn.hoso.rest.internal.problem;

import javax.ws.rs.WebApplicationException;

/** A request body is larger than the configured limit; the response is 413. */
public final class PayloadTooLargeException extends WebApplicationException {

  private static final long serialVersionUID = 1L;

  private final long limitBytes;

  public PayloadTooLargeException(long limitBytes) {
    super("The request body is larger than " + limitBytes + " bytes", 413);
    this.limitBytes = limitBytes;
  }

  public long limitBytes() {
    return limitBytes;
  }
}
