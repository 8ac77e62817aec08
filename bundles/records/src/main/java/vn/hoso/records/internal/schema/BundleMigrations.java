package vn.hoso.records.internal.schema;

import java.time.Instant;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWiring;
import vn.hoso.api.system.SchemaStatus;

/** Runs the Flyway migrations that one bundle ships, each bundle with its own history table. */
public final class BundleMigrations {

  private final Bundle bundle;
  private final String location;

  BundleMigrations(Bundle bundle, String location) {
    this.bundle = bundle;
    this.location = location.trim();
  }

  /**
   * Applies the pending migrations and returns the schema state afterwards.
   *
   * @throws org.flywaydb.core.api.FlywayException when a migration fails or the folder is missing
   */
  SchemaStatus migrate(DataSource dataSource) {
    // Flyway looks for migrations through this class loader; with its own it would find none in
    // another bundle and still report success.
    ClassLoader bundleClassLoader = bundle.adapt(BundleWiring.class).getClassLoader();

    Flyway flyway =
        configure(bundleClassLoader, location, bundle.getSymbolicName())
            .dataSource(dataSource)
            .load();
    MigrateResult result = flyway.migrate();

    MigrationInfo current = flyway.info().current();
    String version = current == null ? null : current.getVersion().getVersion();
    Instant appliedAt =
        current == null || current.getInstalledOn() == null
            ? null
            : current.getInstalledOn().toInstant();
    return new SchemaStatus(
        bundle.getSymbolicName(), version, appliedAt, result.migrationsExecuted);
  }

  /**
   * Returns the Flyway configuration of a bundle's migrations, without the DataSource. The tests
   * that run the migrations outside OSGi use it too, so that both run them alike.
   *
   * @param classLoader the class loader that loads the migration files
   * @param location the folder of the migrations, for example {@code db/migration}
   * @param symbolicName the bundle's symbolic name, which names its history table
   */
  public static FluentConfiguration configure(
      ClassLoader classLoader, String location, String symbolicName) {
    return Flyway.configure(classLoader)
        .locations("classpath:" + location.trim())
        .failOnMissingLocations(true)
        .table(historyTable(symbolicName))
        // Baseline 0 so that V1 still runs when other bundles' tables already exist.
        .baselineOnMigrate(true)
        .baselineVersion("0");
  }

  /** Returns the history table of a bundle, for example {@code schema_history_vn_hoso_records}. */
  static String historyTable(String symbolicName) {
    return "schema_history_"
        + symbolicName.replaceAll("[^A-Za-z0-9]", "_").toLowerCase(Locale.ROOT);
  }
}
