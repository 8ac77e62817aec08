package vn.hoso.rest.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.annotation.Annotation;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RestSettingsTest {

  @Test
  void defaultsTurnCorsOff() {
    RestSettings settings = RestSettings.from(configuration(1_048_576L, new String[0], 600));

    assertEquals(1_048_576L, settings.bodyMaxBytes());
    assertEquals(Set.of(), settings.corsOrigins());
  }

  @Test
  void originsAreSplitAndTrimmed() {
    RestSettings settings =
        RestSettings.from(
            configuration(
                4096L,
                new String[] {"https://hoso.bo.gov.vn/, https://web.bo.gov.vn", " ", "http://a"},
                60));

    assertEquals(
        Set.of("https://hoso.bo.gov.vn", "https://web.bo.gov.vn", "http://a"),
        settings.corsOrigins());
    assertEquals(60, settings.corsMaxAgeSeconds());
  }

  @Test
  void valuesOutOfRangeFallBackToDefaults() {
    RestSettings settings = RestSettings.from(configuration(10L, null, -5));

    assertEquals(1_048_576L, settings.bodyMaxBytes());
    assertEquals(600, settings.corsMaxAgeSeconds());
    assertEquals(Set.of(), settings.corsOrigins());
  }

  private static RestConfiguration configuration(long maxBytes, String[] origins, int maxAge) {
    return new RestConfiguration() {
      @Override
      public Class<? extends Annotation> annotationType() {
        return RestConfiguration.class;
      }

      @Override
      public long request_body_max_bytes() {
        return maxBytes;
      }

      @Override
      public String[] cors_allowed_origins() {
        return origins;
      }

      @Override
      public int cors_max_age_seconds() {
        return maxAge;
      }
    };
  }
}
