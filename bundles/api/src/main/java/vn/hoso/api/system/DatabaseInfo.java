package vn.hoso.api.system;

import java.time.Instant;

/**
 * The database product and this installation's identity, read from the database itself.
 *
 * @param product database product name as its JDBC driver reports it, for example {@code H2}
 * @param version database product version
 * @param installationId identifier created by the first start on this database
 * @param installedAt moment of that first start
 */
public record DatabaseInfo(
    String product, String version, String installationId, Instant installedAt) {}
