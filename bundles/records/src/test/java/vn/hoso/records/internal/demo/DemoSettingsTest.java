package vn.hoso.records.internal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoSettingsTest {

  @Test
  void defaultsAllowH2Only() {
    DemoSettings settings = DemoSettings.from(configuration(true, new String[] {"H2"}, 3000));

    assertTrue(settings.enabled());
    assertTrue(settings.allows("H2"));
    assertFalse(settings.allows("PostgreSQL"));
    assertEquals(3000, settings.people());
  }

  @Test
  void databasesIgnoreCaseAndCommas() {
    DemoSettings settings =
        DemoSettings.from(configuration(true, new String[] {" h2, postgresql "}, 10));

    assertEquals(Set.of("h2", "postgresql"), settings.databases());
    assertTrue(settings.allows("PostgreSQL"));
  }

  @Test
  void peopleOutOfRangeFallBackToDefault() {
    assertEquals(3000, DemoSettings.from(configuration(true, new String[0], 0)).people());
    assertEquals(3000, DemoSettings.from(configuration(true, new String[0], 100_001)).people());
    assertEquals(100_000, DemoSettings.from(configuration(true, new String[0], 100_000)).people());
  }

  private static DemoConfiguration configuration(boolean enabled, String[] databases, int people) {
    return new DemoConfiguration() {
      @Override
      public Class<? extends Annotation> annotationType() {
        return DemoConfiguration.class;
      }

      @Override
      public boolean enabled() {
        return enabled;
      }

      @Override
      public String[] databases() {
        return databases;
      }

      @Override
      public int people() {
        return people;
      }

      @Override
      public long seed() {
        return 1;
      }
    };
  }
}
