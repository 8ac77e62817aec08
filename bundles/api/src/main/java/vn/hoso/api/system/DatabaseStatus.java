package vn.hoso.api.system;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** Describes the database Hoso runs on and the schema each bundle has migrated it to. */
@ProviderType
public interface DatabaseStatus {

  /**
   * Connects to the database and reads its product, version and installation.
   *
   * @throws IllegalStateException when the database cannot be reached
   */
  DatabaseInfo database();

  /** Returns the schema state of every bundle whose migrations ran, ordered by owner. */
  List<SchemaStatus> schemas();
}
