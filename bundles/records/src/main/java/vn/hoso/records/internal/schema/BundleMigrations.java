package vn.hoso.records.internal.schema;

import java.time.Instant;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWiring;
import vn.hoso.api.system.SchemaStatus;

/** Runs the Flyway migrations that one bundle ships, each bundle with its own history table. */
final class BundleMigrations {

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
        Flyway.configure(bundleClassLoader)
            .dataSource(dataSource)
            .locations("classpath:" + location)
            .failOnMissingLocations(true)
            .table(historyTable(bundle.getSymbolicName()))
            // Baseline 0 so that V1 still runs when other bundles' tables already exist.
            .baselineOnMigrate(true)
            .baselineVersion("0")
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

  /** Returns the history table of a bundle, for example {@code schema_history_vn_hoso_records}. */
  static String historyTable(String symbolicName) {
    return "schema_history_"
        + symbolicName.replaceAll("[^A-Za-z0-9]", "_").toLowerCase(Locale.ROOT);
  }
}
