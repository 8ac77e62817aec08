package vn.hoso.api.system;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Registered once a bundle's schema migrations have run on the current database.
 *
 * <p>A bundle that ships migrations declares the folder in its manifest header {@value
 * #MIGRATIONS_HEADER}, for example {@code Hoso-Migrations: db/migration}, with Flyway-named SQL
 * files such as {@code V1__create_units.sql}. Each bundle keeps its own history table. Components
 * that use the bundle's tables reference this service with the target {@code
 * (hoso.schema.owner=<bundle symbolic name>)}, so they start only after the schema is in place.
 */
@ProviderType
public interface MigratedSchema {

  /** Manifest header naming the folder of a bundle's migrations. */
  String MIGRATIONS_HEADER = "Hoso-Migrations";

  /** Service property with the symbolic name of the bundle whose schema was migrated. */
  String OWNER_PROPERTY = "hoso.schema.owner";

  SchemaStatus status();
}
