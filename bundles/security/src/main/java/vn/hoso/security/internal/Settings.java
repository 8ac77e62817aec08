package vn.hoso.security.internal;

import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hoso.security.internal.password.PasswordPolicy;

/**
 * The checked values of {@link SecurityConfiguration}. A value out of range is replaced by its
 * default with a warning, so that a typo in the configuration file cannot stop logins.
 *
 * @param configuredKeyFile the configured file of the token signing key, or empty for the default
 */
record Settings(
    Duration accessTokenLifetime,
    Duration sessionLifetime,
    int lockoutFailures,
    Duration lockoutDuration,
    int passwordMinimumLength,
    String configuredKeyFile) {

  private static final Logger LOG = LoggerFactory.getLogger(Settings.class);

  static final String KARAF_DATA_PROPERTY = "karaf.data";

  static Settings from(SecurityConfiguration configuration) {
    return new Settings(
        accessTokenLifetime(configuration),
        Duration.ofHours(
            checked("refresh.token.hours", configuration.refresh_token_hours(), 1, 720, 8)),
        checked("lockout.failures", configuration.lockout_failures(), 1, 100, 5),
        Duration.ofMinutes(
            checked("lockout.minutes", configuration.lockout_minutes(), 1, 1440, 15)),
        checked(
            "password.minimum.length",
            configuration.password_minimum_length(),
            PasswordPolicy.MIN_LENGTH_FLOOR,
            PasswordPolicy.MAX_LENGTH,
            10),
        configuration.token_signing_key_file() == null
            ? ""
            : configuration.token_signing_key_file().strip());
  }

  /** Returns {@code access.token.seconds} when it is set, else {@code access.token.minutes}. */
  private static Duration accessTokenLifetime(SecurityConfiguration configuration) {
    int seconds =
        checked("access.token.seconds", configuration.access_token_seconds(), 0, 86_400, 0);
    if (seconds > 0) {
      return Duration.ofSeconds(seconds);
    }
    return Duration.ofMinutes(
        checked("access.token.minutes", configuration.access_token_minutes(), 1, 1440, 15));
  }

  private static int checked(String property, int value, int min, int max, int fallback) {
    if (value >= min && value <= max) {
      return value;
    }
    LOG.warn(
        "Configuration '{}': {} = {} is outside {} to {}; using {}",
        SecurityConfiguration.PID,
        property,
        value,
        min,
        max,
        fallback);
    return fallback;
  }

  /**
   * Returns the file of the token signing key: the configured one, or {@code
   * ${karaf.data}/security/token-signing.key}.
   *
   * @throws IllegalStateException when no file is configured and karaf.data is not set
   */
  Path signingKeyFile() {
    if (!configuredKeyFile.isEmpty()) {
      return Path.of(configuredKeyFile);
    }
    String karafData = System.getProperty(KARAF_DATA_PROPERTY);
    if (karafData == null) {
      throw new IllegalStateException(
          "The system property karaf.data is not set; configure token.signing.key.file in "
              + SecurityConfiguration.PID);
    }
    return Path.of(karafData, "security", "token-signing.key");
  }
}
