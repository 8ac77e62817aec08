package vn.hoso.rest.internal.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An error body in the RFC 9457 {@code application/problem+json} format.
 *
 * @param type {@code urn:hoso:problem:} followed by {@link #code}
 * @param code stable machine-readable code, for example {@code not-found}
 * @param title short summary in the client's language
 * @param status HTTP status code
 * @param detail what went wrong with this request and what to do next
 * @param instance path of the request
 * @param errors the invalid fields of a {@code validation-failed} problem, otherwise {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
    String type,
    String code,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /**
   * One invalid field of a request body or query.
   *
   * @param field name of the field as the client sent it, for example {@code roles[1]}
   * @param code stable code, for example {@code required}
   * @param message what is wrong, in the client's language
   */
  public record FieldError(String field, String code, String message) {}
}
