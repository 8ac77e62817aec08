package vn.hoso.api.personnel.change;

import java.util.Objects;

/**
 * A decision on a change request was rejected. Nothing was stored. The message is English and meant
 * for logs; clients get the {@link Reason#code() code}.
 */
public final class ChangeRequestException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The cause of the rejection. Codes are stable and part of the REST API. */
  public enum Reason {
    /** The request was already approved or rejected. */
    CLOSED("change-request-closed"),

    /** The officer submitted the request; someone else must decide on it. */
    OWN_REQUEST("change-request-own");

    private final String code;

    Reason(String code) {
      this.code = code;
    }

    /** Stable machine-readable code in kebab case, for example {@code change-request-closed}. */
    public String code() {
      return code;
    }
  }

  private final Reason reason;
  private final long requestId;

  public ChangeRequestException(Reason reason, long requestId, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.requestId = requestId;
  }

  public Reason reason() {
    return reason;
  }

  public long requestId() {
    return requestId;
  }
}
