package vn.hoso.rest.internal.personnel;

import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.HttpHeaders;
import vn.hoso.rest.internal.problem.InvalidParameterException;
import vn.hoso.rest.internal.problem.MissingVersionException;

/**
 * Row versions on the wire: a GET sends the version as a strong ETag ({@code "3"}), and an update
 * or delete names the version it read in {@code If-Match}, or else in a {@code version} field or
 * parameter.
 */
final class Versions {

  private Versions() {}

  static EntityTag entityTag(long version) {
    return new EntityTag(String.valueOf(version));
  }

  /**
   * Returns the version the request names: the {@code If-Match} header when present, else the
   * fallback from the body or a parameter.
   *
   * @throws MissingVersionException when neither gives one
   * @throws InvalidParameterException when {@code If-Match} is not one quoted version
   */
  static long expected(HttpHeaders headers, Long fallback) {
    String ifMatch = headers.getHeaderString(HttpHeaders.IF_MATCH);
    if (ifMatch != null && !ifMatch.isBlank()) {
      return parseIfMatch(ifMatch.strip());
    }
    if (fallback == null) {
      throw new MissingVersionException();
    }
    return fallback;
  }

  private static long parseIfMatch(String value) {
    String tag = value.startsWith("W/") ? value.substring(2) : value;
    if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
      tag = tag.substring(1, tag.length() - 1);
    }
    try {
      return Long.parseLong(tag);
    } catch (NumberFormatException e) {
      throw new InvalidParameterException(HttpHeaders.IF_MATCH, value, "\"<version>\"");
    }
  }
}
