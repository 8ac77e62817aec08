package vn.hoso.rest.internal.problem;

import java.util.List;
import java.util.Locale;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

/** Builds problems and their responses, for the exception mapper and the request filters. */
public final class Problems {

  static final String TYPE_PREFIX = "urn:hoso:problem:";

  /** Challenge of every 401 response, as RFC 6750 defines it for bearer tokens. */
  static final String BEARER_CHALLENGE = "Bearer realm=\"hoso\"";

  private Problems() {}

  /** Creates a problem whose title and detail come from the messages of {@code code}. */
  public static Problem create(
      String code, int status, String path, Locale locale, Object... detailArguments) {
    return create(code, status, path, locale, null, detailArguments);
  }

  /** Creates a problem with per-field errors. */
  public static Problem create(
      String code,
      int status,
      String path,
      Locale locale,
      List<ProblemError> errors,
      Object... detailArguments) {
    return new Problem(
        TYPE_PREFIX + code,
        code,
        ProblemMessages.title(code, locale),
        status,
        ProblemMessages.detail(code, locale, detailArguments),
        path,
        errors,
        null,
        null);
  }

  /**
   * Returns the response of a problem. A 401 carries a {@code WWW-Authenticate} challenge, with
   * {@code error="invalid_token"} when a token was sent but rejected.
   */
  public static Response response(Problem problem, boolean invalidToken) {
    Response.ResponseBuilder builder =
        Response.status(problem.status())
            .type(Problem.MEDIA_TYPE + ";charset=UTF-8")
            .entity(problem);
    if (problem.status() == 401) {
      builder.header(
          HttpHeaders.WWW_AUTHENTICATE,
          invalidToken ? BEARER_CHALLENGE + ", error=\"invalid_token\"" : BEARER_CHALLENGE);
    }
    return builder.build();
  }

  public static Response response(Problem problem) {
    return response(problem, false);
  }
}
