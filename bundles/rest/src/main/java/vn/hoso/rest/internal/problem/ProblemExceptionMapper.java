package vn.hoso.rest.internal.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
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
import vn.hoso.api.security.AuthenticationException;
import vn.hoso.api.security.Role;
import vn.hoso.api.security.UserAccountException;

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
    boolean invalidToken = false;
    PayloadTooLargeException tooLarge = findCause(exception, PayloadTooLargeException.class);
    if (exception instanceof ProblemException raised) {
      problem =
          Problems.create(raised.code(), raised.status(), path, locale, raised.detailArguments());
    } else if (tooLarge != null) {
      // The JSON parser wraps what the size-limited body stream throws.
      problem = Problems.create("payload-too-large", 413, path, locale, tooLarge.limitBytes());
    } else if (exception instanceof AuthenticationException authentication) {
      problem = fromAuthentication(authentication, path, locale);
      invalidToken = problem.status() == 401 && !"invalid-credentials".equals(problem.code());
    } else if (exception instanceof UserAccountException account) {
      problem = fromUserAccount(account, path, locale);
    } else if (exception instanceof RequestValidationException validation) {
      problem = fromValidation(validation, path, locale);
    } else if (exception instanceof WebApplicationException web) {
      problem = fromHttpStatus(web.getResponse().getStatus(), path, locale);
    } else if (exception instanceof JsonProcessingException json) {
      JsonLocation location = json.getLocation();
      int line = location == null ? 0 : location.getLineNr();
      int column = location == null ? 0 : location.getColumnNr();
      problem = Problems.create("invalid-json", 400, path, locale, line, column);
    } else {
      String incidentId = UUID.randomUUID().toString();
      LOG.error(
          "Request {} {} failed; incident id '{}'",
          request.getMethod(),
          path,
          incidentId,
          exception);
      return Problems.response(
          Problems.create("internal-error", 500, path, locale, incidentId), false);
    }

    LOG.warn(
        "Request {} {} rejected with {} '{}': {}",
        request.getMethod(),
        path,
        problem.status(),
        problem.code(),
        exception.getMessage());
    return Problems.response(problem, invalidToken);
  }

  private Problem fromHttpStatus(int status, String path, Locale locale) {
    return switch (status) {
      case 400 -> Problems.create("bad-request", status, path, locale, path);
      case 404 -> Problems.create("not-found", status, path, locale, path);
      case 405 ->
          Problems.create("method-not-allowed", status, path, locale, path, request.getMethod());
      case 406 -> Problems.create("not-acceptable", status, path, locale);
      case 415 -> Problems.create("unsupported-media-type", status, path, locale);
      default -> Problems.create("http-error", status, path, locale, String.valueOf(status));
    };
  }

  private static Problem fromAuthentication(
      AuthenticationException exception, String path, Locale locale) {
    int status =
        switch (exception.reason()) {
          case WRONG_CURRENT_PASSWORD -> 400;
          case INVALID_CREDENTIALS, INVALID_TOKEN, EXPIRED_TOKEN, REVOKED_TOKEN -> 401;
        };
    return Problems.create(exception.reason().code(), status, path, locale);
  }

  private static Problem fromUserAccount(
      UserAccountException exception, String path, Locale locale) {
    int status =
        switch (exception.reason()) {
          case USER_NOT_FOUND -> 404;
          case USERNAME_TAKEN, LAST_ADMINISTRATOR, DIRECTORY_ACCOUNT -> 409;
          default -> 400;
        };
    Object[] arguments =
        exception.arguments().stream()
            .map(argument -> argument instanceof Role role ? describe(role) : argument)
            .toArray();
    return Problems.create(exception.reason().code(), status, path, locale, arguments);
  }

  private static Problem fromValidation(
      RequestValidationException exception, String path, Locale locale) {
    List<Problem.FieldError> errors =
        exception.violations().stream()
            .map(
                violation ->
                    new Problem.FieldError(
                        violation.field(),
                        violation.code(),
                        ProblemMessages.field(
                            violation.code(), locale, violation.arguments().toArray())))
            .toList();
    return Problems.create("validation-failed", 400, path, locale, errors, errors.size());
  }

  private static <T extends Throwable> T findCause(Throwable exception, Class<T> type) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
      if (cause.getCause() == cause) {
        return null;
      }
    }
    return null;
  }

  /** Returns a role as its code and Vietnamese name, for example {@code LEADER (Lãnh đạo)}. */
  static String describe(Role role) {
    return role.name() + " (" + role.title() + ")";
  }
}
