package vn.hoso.rest.internal.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
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
import vn.hoso.api.personnel.FieldProblem;
import vn.hoso.api.personnel.OutOfScopeException;
import vn.hoso.api.personnel.RecordNotFoundException;
import vn.hoso.api.personnel.StaleVersionException;
import vn.hoso.api.personnel.ValidationException;
import vn.hoso.api.personnel.change.ChangeRequestException;
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

  /** HTTP 422, which {@link Response.Status} of JAX-RS 2.1 does not name. */
  static final int UNPROCESSABLE_CONTENT = 422;

  /** HTTP 428 (RFC 6585), which {@link Response.Status} of JAX-RS 2.1 does not name. */
  static final int PRECONDITION_REQUIRED = 428;

  @Context private HttpHeaders headers;
  @Context private UriInfo uriInfo;
  @Context private Request request;

  @Override
  public Response toResponse(Throwable exception) {
    Locale locale = ProblemMessages.choose(headers.getAcceptableLanguages());
    String path = "/" + uriInfo.getPath();

    Problem problem = clientProblem(exception, path, locale);
    if (problem == null) {
      String incidentId = UUID.randomUUID().toString();
      LOG.error(
          "Request {} {} failed; incident id '{}'",
          request.getMethod(),
          path,
          incidentId,
          exception);
      return Problems.response(problem("internal-error", 500, path, locale, incidentId));
    }

    LOG.warn(
        "Request {} {} rejected with {} '{}': {}",
        request.getMethod(),
        path,
        problem.status(),
        problem.code(),
        exception.getMessage());
    // A token that was sent but rejected gets error="invalid_token" in its challenge.
    boolean invalidToken =
        exception instanceof AuthenticationException
            && problem.status() == 401
            && !"invalid-credentials".equals(problem.code());
    return Problems.response(problem, invalidToken);
  }

  /** Returns the problem of a client error, or null for a server fault. */
  private Problem clientProblem(Throwable exception, String path, Locale locale) {
    if (exception instanceof ProblemException raised) {
      return problem(raised.code(), raised.status(), path, locale, raised.detailArguments());
    }
    PayloadTooLargeException tooLarge = findCause(exception, PayloadTooLargeException.class);
    if (tooLarge != null) {
      // The JSON parser wraps what the size-limited body stream throws.
      return problem(tooLarge.code(), 413, path, locale, tooLarge.detailArguments());
    }
    if (exception instanceof AuthenticationException authentication) {
      return fromAuthentication(authentication, path, locale);
    }
    if (exception instanceof UserAccountException account) {
      return fromUserAccount(account, path, locale);
    }
    if (exception instanceof RequestValidationException validation) {
      return fromValidation(validation, path, locale);
    }
    if (exception instanceof ValidationException invalid) {
      List<ProblemError> errors =
          invalid.problems().stream().map(p -> fieldError(p, locale)).toList();
      return problem("validation-failed", UNPROCESSABLE_CONTENT, path, locale, errors.size())
          .withErrors(errors);
    }
    if (exception instanceof StaleVersionException stale) {
      return problem(
              "stale-version",
              409,
              path,
              locale,
              stale.table(),
              String.valueOf(stale.rowId()),
              String.valueOf(stale.currentVersion()),
              String.valueOf(stale.expectedVersion()))
          .withChanges(stale.currentVersion(), stale.changesSince());
    }
    if (exception instanceof RecordNotFoundException notFound) {
      return problem(
          "record-not-found",
          404,
          path,
          locale,
          notFound.table(),
          String.valueOf(notFound.rowId()));
    }
    if (exception instanceof ChangeRequestException request) {
      int status = request.reason() == ChangeRequestException.Reason.OWN_REQUEST ? 403 : 409;
      return problem(
          request.reason().code(), status, path, locale, String.valueOf(request.requestId()));
    }
    if (exception instanceof OutOfScopeException outOfScope) {
      return outOfScope.unitId() == null
          ? problem("out-of-scope-top-level", 403, path, locale)
          : problem("out-of-scope", 403, path, locale, String.valueOf(outOfScope.unitId()));
    }
    if (exception instanceof MissingBodyException) {
      return problem("missing-body", 400, path, locale);
    }
    if (exception instanceof MissingVersionException) {
      return problem("precondition-required", PRECONDITION_REQUIRED, path, locale);
    }
    if (exception instanceof InvalidParameterException parameter) {
      return problem(
          "invalid-parameter",
          400,
          path,
          locale,
          parameter.parameter(),
          parameter.value(),
          parameter.accepted());
    }
    if (exception instanceof MismatchedInputException mismatch) {
      return inputProblem(mismatch, path, locale);
    }
    if (exception instanceof JsonProcessingException json) {
      JsonLocation location = json.getLocation();
      int line = location == null ? 0 : location.getLineNr();
      int column = location == null ? 0 : location.getColumnNr();
      return problem("invalid-json", 400, path, locale, line, column);
    }
    if (exception instanceof WebApplicationException web) {
      int status = web.getResponse().getStatus();
      return status >= 500 ? null : fromHttpStatus(status, path, locale);
    }
    return null;
  }

  /** Describes a JSON body whose syntax is valid but one of whose values cannot be read. */
  private static Problem inputProblem(
      MismatchedInputException mismatch, String path, Locale locale) {
    String field =
        mismatch.getPath().stream()
            .map(
                reference ->
                    reference.getFieldName() != null
                        ? reference.getFieldName()
                        : String.valueOf(reference.getIndex()))
            .collect(Collectors.joining("."));
    String code =
        mismatch instanceof UnrecognizedPropertyException ? "unknown-field" : "invalid-format";
    List<String> arguments = List.of(field);
    ProblemError error =
        new ProblemError(
            field, code, ProblemMessages.fieldMessage(code, field, arguments, locale), arguments);
    return problem(
            code.equals("unknown-field") ? "unknown-field" : "invalid-input",
            400,
            path,
            locale,
            field)
        .withErrors(List.of(error));
  }

  private static ProblemError fieldError(FieldProblem problem, Locale locale) {
    String message =
        ProblemMessages.VIETNAMESE.equals(locale)
            ? problem.message()
            : ProblemMessages.fieldMessage(
                problem.code(), problem.field(), problem.arguments(), locale);
    return new ProblemError(problem.field(), problem.code(), message, problem.arguments());
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
    return Problems.create(code, status, path, locale, detailArguments);
  }

  private static Problem fromAuthentication(
      AuthenticationException exception, String path, Locale locale) {
    int status =
        switch (exception.reason()) {
          case WRONG_CURRENT_PASSWORD -> 400;
          case INVALID_CREDENTIALS, INVALID_TOKEN, EXPIRED_TOKEN, REVOKED_TOKEN -> 401;
        };
    return problem(exception.reason().code(), status, path, locale);
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
    return problem(exception.reason().code(), status, path, locale, arguments);
  }

  private static Problem fromValidation(
      RequestValidationException exception, String path, Locale locale) {
    List<ProblemError> errors =
        exception.violations().stream()
            .map(
                violation ->
                    new ProblemError(
                        violation.field(),
                        violation.code(),
                        ProblemMessages.field(
                            violation.code(), locale, violation.arguments().toArray()),
                        violation.arguments().stream().map(String::valueOf).toList()))
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
