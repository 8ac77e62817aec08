package vn.hoso.rest.internal.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An error body in the RFC 9457 {@code application/problem+json} format.
 *
 * @param type {@code urn:hoso:problem:} followed by {@link #code}
 * @param code stable machine-readable code, for example {@code not-found}
 * @param title short summary in the client's language
 * @param status HTTP status code
 * @param detail what went wrong with this request and what to do next
 * @param instance path of the request
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
    String type, String code, String title, int status, String detail, String instance) {

  public static final String MEDIA_TYPE = "application/problem+json";
}
