package vn.hoso.rest.internal.security;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checked values of {@link RestConfiguration}; a value out of range is replaced by its default
 * with a warning.
 *
 * @param corsOrigins allowed origins without a trailing slash; empty when CORS is off
 */
public record RestSettings(long bodyMaxBytes, Set<String> corsOrigins, int corsMaxAgeSeconds) {

  private static final Logger LOG = LoggerFactory.getLogger(RestSettings.class);

  static final long DEFAULT_BODY_MAX_BYTES = 1_048_576L;
  static final long MIN_BODY_MAX_BYTES = 1024L;
  static final int DEFAULT_CORS_MAX_AGE = 600;

  public RestSettings {
    corsOrigins = Set.copyOf(corsOrigins);
  }

  public static RestSettings from(RestConfiguration configuration) {
    long bodyMaxBytes = configuration.request_body_max_bytes();
    if (bodyMaxBytes < MIN_BODY_MAX_BYTES) {
      LOG.warn(
          "Configuration '{}': request.body.max.bytes = {} is below {}; using {}",
          RestConfiguration.PID,
          bodyMaxBytes,
          MIN_BODY_MAX_BYTES,
          DEFAULT_BODY_MAX_BYTES);
      bodyMaxBytes = DEFAULT_BODY_MAX_BYTES;
    }
    int maxAge = configuration.cors_max_age_seconds();
    if (maxAge < 0 || maxAge > 86_400) {
      LOG.warn(
          "Configuration '{}': cors.max.age.seconds = {} is outside 0 to 86400; using {}",
          RestConfiguration.PID,
          maxAge,
          DEFAULT_CORS_MAX_AGE);
      maxAge = DEFAULT_CORS_MAX_AGE;
    }
    String[] origins =
        configuration.cors_allowed_origins() == null
            ? new String[0]
            : configuration.cors_allowed_origins();
    Set<String> corsOrigins =
        Arrays.stream(origins)
            .flatMap(value -> Arrays.stream(value.split(",")))
            .map(String::strip)
            .map(origin -> origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin)
            .filter(origin -> !origin.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
    return new RestSettings(bodyMaxBytes, corsOrigins, maxAge);
  }
}
