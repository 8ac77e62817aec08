package vn.hoso.rest.internal.personnel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import vn.hoso.api.personnel.PersonQuery;
import vn.hoso.rest.internal.problem.InvalidParameterException;
import vn.hoso.rest.internal.problem.MissingBodyException;

/**
 * Parsing of query parameters. JAX-RS responds with 404 when it cannot convert a typed query
 * parameter, so the resources take text and parse it here, responding with 400 and the parameter's
 * name.
 */
final class QueryParameters {

  /** The zone in which a date-only {@code from} or {@code to} starts its day. */
  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private QueryParameters() {}

  /** Returns a whole number within bounds, the default when absent. */
  static int integer(String name, String value, int defaultValue, int min, int max) {
    if (value == null || value.isBlank()) {
      return defaultValue;
    }
    return optionalInteger(name, value, min, max);
  }

  /** Returns a whole number within bounds, or null when absent. */
  static Integer optionalInteger(String name, String value, int min, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      int parsed = Integer.parseInt(value.strip());
      if (parsed >= min && parsed <= max) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // Reported below with the accepted range.
    }
    throw new InvalidParameterException(name, value, min + "–" + max);
  }

  /** Returns an identifier, or null when absent. */
  static Long optionalId(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidParameterException(name, value, "1–" + Long.MAX_VALUE);
    }
  }

  static int page(String value) {
    return integer("page", value, 0, 0, 1_000_000);
  }

  static int size(String value) {
    return integer("size", value, PersonQuery.DEFAULT_SIZE, 1, PersonQuery.MAX_SIZE);
  }

  /**
   * Returns a moment given as an ISO-8601 instant ({@code 2026-03-15T03:00:00Z}) or date ({@code
   * 2026-03-15}, the start of that day in Vietnam), or null when absent.
   */
  static Instant optionalMoment(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    try {
      return text.length() == 10
          ? LocalDate.parse(text).atStartOfDay(VIETNAM).toInstant()
          : Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidParameterException(name, value, "yyyy-MM-dd, yyyy-MM-ddTHH:mm:ssZ");
    }
  }

  /**
   * Returns the request body.
   *
   * @throws MissingBodyException when the request has no body
   */
  static <T> T requireBody(T body) {
    if (body == null) {
      throw new MissingBodyException();
    }
    return body;
  }
}
