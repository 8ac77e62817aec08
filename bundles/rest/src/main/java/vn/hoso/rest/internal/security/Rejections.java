package vn.hoso.rest.internal.security;

import java.util.Locale;
import javax.ws.rs.container.ContainerRequestContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hoso.rest.internal.problem.ProblemMessages;
import vn.hoso.rest.internal.problem.Problems;

/** Ends a request in a filter with a problem response, logged at WARN like other client errors. */
final class Rejections {

  private static final Logger LOG = LoggerFactory.getLogger(Rejections.class);

  private Rejections() {}

  /**
   * Aborts the request with a problem.
   *
   * @param reason English reason for the log; never a token or password
   * @param invalidToken whether a 401 says {@code error="invalid_token"}
   */
  static void abort(
      ContainerRequestContext request,
      String code,
      int status,
      boolean invalidToken,
      String reason,
      Object... detailArguments) {
    Locale locale = ProblemMessages.choose(request.getAcceptableLanguages());
    String path = "/" + relativePath(request);
    LOG.warn(
        "Request {} {} rejected with {} '{}': {}", request.getMethod(), path, status, code, reason);
    request.abortWith(
        Problems.response(
            Problems.create(code, status, path, locale, detailArguments), invalidToken));
  }

  /** Returns the path below {@code /api/v1} without leading or trailing slashes. */
  static String relativePath(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    int start = 0;
    int end = path.length();
    while (start < end && path.charAt(start) == '/') {
      start++;
    }
    while (end > start && path.charAt(end - 1) == '/') {
      end--;
    }
    return path.substring(start, end);
  }
}
