package vn.hoso.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.annotation.Annotation;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SettingsTest {

  @Test
  void accessTokenLifetimeDefaultsToMinutes() {
    Settings settings = Settings.from(configuration(20, 0));

    assertEquals(Duration.ofMinutes(20), settings.accessTokenLifetime());
  }

  @Test
  void accessTokenSecondsReplaceMinutes() {
    Settings settings = Settings.from(configuration(20, 3));

    assertEquals(Duration.ofSeconds(3), settings.accessTokenLifetime());
  }

  @Test
  void invalidSecondsFallBackToMinutes() {
    Settings settings = Settings.from(configuration(20, 86_401));

    assertEquals(Duration.ofMinutes(20), settings.accessTokenLifetime());
  }

  private static SecurityConfiguration configuration(int minutes, int seconds) {
    return new SecurityConfiguration() {
      @Override
      public Class<? extends Annotation> annotationType() {
        return SecurityConfiguration.class;
      }

      @Override
      public int access_token_minutes() {
        return minutes;
      }

      @Override
      public int access_token_seconds() {
        return seconds;
      }

      @Override
      public int refresh_token_hours() {
        return 8;
      }

      @Override
      public int lockout_failures() {
        return 5;
      }

      @Override
      public int lockout_minutes() {
        return 15;
      }

      @Override
      public int password_minimum_length() {
        return 10;
      }

      @Override
      public String token_signing_key_file() {
        return "";
      }
    };
  }
}
