package vn.hoso.rest.internal.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import vn.hoso.api.personnel.AuditEntry;

/**
 * An error body in the RFC 9457 {@code application/problem+json} format.
 *
 * @param type {@code urn:hoso:problem:} followed by {@link #code}
 * @param code stable machine-readable code, for example {@code not-found}
 * @param title short summary in the client's language
 * @param status HTTP status code
 * @param detail what went wrong with this request and what to do next
 * @param instance path of the request
 * @param errors for invalid input, every problem found, one per field; otherwise null
 * @param currentVersion for a stale write, the version the row has now; otherwise null
 * @param changes for a stale write, the audit entries of the changes the client has not seen
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
    String type,
    String code,
    String title,
    int status,
    String detail,
    String instance,
    List<ProblemError> errors,
    Long currentVersion,
    List<AuditEntry> changes) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public Problem(
      String type, String code, String title, int status, String detail, String instance) {
    this(type, code, title, status, detail, instance, null, null, null);
  }

  Problem withErrors(List<ProblemError> fieldErrors) {
    return new Problem(
        type, code, title, status, detail, instance, fieldErrors, currentVersion, changes);
  }

  Problem withChanges(long current, List<AuditEntry> changesSince) {
    return new Problem(type, code, title, status, detail, instance, errors, current, changesSince);
  }
}
