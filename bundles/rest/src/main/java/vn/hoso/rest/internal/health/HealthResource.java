package vn.hoso.rest.internal.health;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hoso.api.health.HealthCheck;
import vn.hoso.api.health.HealthIndicator;
import vn.hoso.api.system.DatabaseInfo;
import vn.hoso.api.system.DatabaseStatus;

/**
 * {@code GET /api/v1/health}: the database, every bundle's schema version, the installed Hoso
 * features and bundles, and the checks plugins contribute. Answers 503 when any part is down.
 */
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
public final class HealthResource {

  private static final Logger LOG = LoggerFactory.getLogger(HealthResource.class);

  static final String FEATURE_PREFIX = "hoso";
  static final String BUNDLE_PREFIX = "vn.hoso.";

  private final BundleContext bundleContext;
  private final DatabaseStatus databaseStatus;
  private final FeaturesService featuresService;
  private final Supplier<List<HealthIndicator>> indicators;

  public HealthResource(
      BundleContext bundleContext,
      DatabaseStatus databaseStatus,
      FeaturesService featuresService,
      Supplier<List<HealthIndicator>> indicators) {
    this.bundleContext = bundleContext;
    this.databaseStatus = databaseStatus;
    this.featuresService = featuresService;
    this.indicators = indicators;
  }

  @GET
  public Response health() throws Exception {
    DatabaseInfo database = null;
    String databaseError = null;
    try {
      database = databaseStatus.database();
    } catch (IllegalStateException e) {
      LOG.warn("Health check cannot reach the database: {}", e.getMessage());
      databaseError = "Không kết nối được cơ sở dữ liệu: " + e.getMessage();
    }

    List<HealthReport.Check> checks = indicators.get().stream().map(this::run).toList();
    boolean up = database != null && checks.stream().allMatch(c -> "UP".equals(c.status()));

    HealthReport report =
        new HealthReport(
            up ? "UP" : "DOWN",
            database,
            databaseError,
            databaseStatus.schemas(),
            installedFeatures(),
            hosoBundles(),
            checks);
    return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
        .entity(report)
        .build();
  }

  private HealthReport.Check run(HealthIndicator indicator) {
    HealthCheck result;
    try {
      result = indicator.check();
    } catch (RuntimeException e) {
      LOG.warn("Health indicator '{}' failed", indicator.id(), e);
      result = HealthCheck.down("Kiểm tra bị lỗi: " + e.getMessage());
    }
    return new HealthReport.Check(indicator.id(), result.up() ? "UP" : "DOWN", result.message());
  }

  private List<HealthReport.Component> installedFeatures() throws Exception {
    return Arrays.stream(featuresService.listInstalledFeatures())
        .filter(feature -> feature.getName().startsWith(FEATURE_PREFIX))
        .sorted(Comparator.comparing(Feature::getName))
        .map(feature -> new HealthReport.Component(feature.getName(), feature.getVersion(), null))
        .toList();
  }

  private List<HealthReport.Component> hosoBundles() {
    return Arrays.stream(bundleContext.getBundles())
        .filter(b -> b.getSymbolicName() != null && b.getSymbolicName().startsWith(BUNDLE_PREFIX))
        .sorted(Comparator.comparing(Bundle::getSymbolicName))
        .map(
            b ->
                new HealthReport.Component(
                    b.getSymbolicName(), b.getVersion().toString(), stateName(b.getState())))
        .toList();
  }

  private static String stateName(int state) {
    return switch (state) {
      case Bundle.ACTIVE -> "ACTIVE";
      case Bundle.RESOLVED -> "RESOLVED";
      case Bundle.STARTING -> "STARTING";
      case Bundle.STOPPING -> "STOPPING";
      case Bundle.INSTALLED -> "INSTALLED";
      default -> "UNINSTALLED";
    };
  }
}
