package vn.hoso.records.internal.demo;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checked values of {@link DemoConfiguration}; a value out of range is replaced by its default
 * with a warning.
 *
 * @param databases the allowed database products in lower case
 */
record DemoSettings(boolean enabled, Set<String> databases, int people, long seed) {

  private static final Logger LOG = LoggerFactory.getLogger(DemoSettings.class);

  static final int DEFAULT_PEOPLE = 3000;
  static final int MAX_PEOPLE = 100_000;

  DemoSettings {
    databases = Set.copyOf(databases);
  }

  static DemoSettings from(DemoConfiguration configuration) {
    int people = configuration.people();
    if (people < 1 || people > MAX_PEOPLE) {
      LOG.warn(
          "Configuration '{}': people = {} is outside 1 to {}; using {}",
          DemoConfiguration.PID,
          people,
          MAX_PEOPLE,
          DEFAULT_PEOPLE);
      people = DEFAULT_PEOPLE;
    }
    String[] products =
        configuration.databases() == null ? new String[0] : configuration.databases();
    Set<String> databases =
        Arrays.stream(products)
            .flatMap(value -> Arrays.stream(value.split(",")))
            .map(String::strip)
            .filter(name -> !name.isEmpty())
            .map(name -> name.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    return new DemoSettings(configuration.enabled(), databases, people, configuration.seed());
  }

  /** Returns whether the demo data may go into a database of this product, ignoring case. */
  boolean allows(String productName) {
    return databases.contains(productName.toLowerCase(Locale.ROOT));
  }
}
