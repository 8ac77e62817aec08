package vn.hoso.rest.internal.health;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import vn.hoso.api.system.DatabaseInfo;
import vn.hoso.api.system.SchemaStatus;

/** Body of {@code GET /api/v1/health}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HealthReport(
    String status,
    DatabaseInfo database,
    String databaseError,
    List<SchemaStatus> schemas,
    List<Component> features,
    List<Component> bundles,
    List<Check> checks) {

  /** An installed Hoso feature or bundle; features have no state. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Component(String name, String version, String state) {}

  /** The result of one plugin's health indicator. */
  public record Check(String id, String status, String message) {}
}
