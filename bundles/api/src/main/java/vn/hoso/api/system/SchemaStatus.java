package vn.hoso.api.system;

import java.time.Instant;

/**
 * The schema one bundle has migrated the database to.
 *
 * @param owner symbolic name of the bundle that owns the migrations
 * @param version version of the newest applied migration, or {@code null} for none
 * @param appliedAt when the newest migration was applied, or {@code null} for none
 * @param appliedThisStart number of migrations applied since this instance started
 */
public record SchemaStatus(String owner, String version, Instant appliedAt, int appliedThisStart) {}
