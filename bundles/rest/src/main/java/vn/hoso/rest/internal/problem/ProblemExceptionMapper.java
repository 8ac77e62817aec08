package vn.hoso.rest.internal.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Locale;
import java.util.UUID;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one exception boundary of the REST API: every error leaves as {@code
 * application/problem+json}. Client errors are logged at WARN without a stack trace, server faults
 * at ERROR with one, and a response never shows an exception class or stack trace.
 */
@Provider
public final class ProblemExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = LoggerFactory.getLogger(ProblemExceptionMapper.class);

  @Context private HttpHeaders headers;
  @Context private UriInfo uriInfo;
  @Context private Request request;

  @Override
  public Response toResponse(Throwable exception) {
    Locale locale = ProblemMessages.choose(headers.getAcceptableLanguages());
    String path = "/" + uriInfo.getPath();

    Problem problem;
    if (exception instanceof ProblemException raised) {
      problem = problem(raised.code(), raised.status(), path, locale, raised.detailArguments());
    } else if (exception instanceof WebApplicationException web) {
      problem = fromHttpStatus(web.getResponse().getStatus(), path, locale);
    } else if (exception instanceof JsonProcessingException json) {
      JsonLocation location = json.getLocation();
      int line = location == null ? 0 : location.getLineNr();
      int column = location == null ? 0 : location.getColumnNr();
      problem = problem("invalid-json", 400, path, locale, line, column);
    } else {
      String incidentId = UUID.randomUUID().toString();
      LOG.error(
          "Request {} {} failed; incident id '{}'",
          request.getMethod(),
          path,
          incidentId,
          exception);
      return toResponse(problem("internal-error", 500, path, locale, incidentId));
    }

    LOG.warn(
        "Request {} {} rejected with {} '{}': {}",
        request.getMethod(),
        path,
        problem.status(),
        problem.code(),
        exception.getMessage());
    return toResponse(problem);
  }

  private Problem fromHttpStatus(int status, String path, Locale locale) {
    return switch (status) {
      case 400 -> problem("bad-request", status, path, locale, path);
      case 404 -> problem("not-found", status, path, locale, path);
      case 405 -> problem("method-not-allowed", status, path, locale, path, request.getMethod());
      case 406 -> problem("not-acceptable", status, path, locale);
      case 415 -> problem("unsupported-media-type", status, path, locale);
      default -> problem("http-error", status, path, locale, String.valueOf(status));
    };
  }

  private static Problem problem(
      String code, int status, String path, Locale locale, Object... detailArguments) {
    return new Problem(
        "urn:hoso:problem:" + code,
        code,
        ProblemMessages.title(code, locale),
        status,
        ProblemMessages.detail(code, locale, detailArguments),
        path);
  }

  static Response toResponse(Problem problem) {
    return Response.status(problem.status())
        .type(Problem.MEDIA_TYPE + ";charset=UTF-8")
        .entity(problem)
        .build();
  }
}
