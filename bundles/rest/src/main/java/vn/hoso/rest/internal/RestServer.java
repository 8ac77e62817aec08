package vn.hoso.rest.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.karaf.features.FeaturesService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hoso.api.health.HealthIndicator;
import vn.hoso.api.personnel.RecordService;
import vn.hoso.api.system.DatabaseStatus;
import vn.hoso.rest.internal.health.HealthResource;
import vn.hoso.rest.internal.personnel.AuditResource;
import vn.hoso.rest.internal.personnel.PersonResource;
import vn.hoso.rest.internal.personnel.UnitResource;
import vn.hoso.rest.internal.problem.ProblemExceptionMapper;

/**
 * Publishes the REST API at {@code /api/v1} on the CXF servlet, whose context {@code /api} is set
 * in {@code etc/org.apache.cxf.osgi.cfg}.
 *
 * <p>Plugin services are bound through dynamic references, so installing or removing a plugin never
 * restarts this server.
 */
@Component(immediate = true)
public final class RestServer {

  private static final Logger LOG = LoggerFactory.getLogger(RestServer.class);

  static final String ADDRESS = "/v1";

  private final List<HealthIndicator> healthIndicators = new CopyOnWriteArrayList<>();
  private final Bus bus;
  private final Server server;

  @Activate
  public RestServer(
      BundleContext bundleContext,
      @Reference DatabaseStatus databaseStatus,
      @Reference FeaturesService featuresService,
      @Reference RecordService records) {
    HealthResource health =
        new HealthResource(bundleContext, databaseStatus, featuresService, this::sortedIndicators);
    ObjectMapper mapper = JsonProvider.createObjectMapper();

    this.bus = BusFactory.newInstance().createBus();
    JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
    factory.setBus(bus);
    factory.setAddress(ADDRESS);
    factory.setServiceBeans(
        List.of(
            health,
            new UnitResource(records),
            new PersonResource(records, mapper),
            new AuditResource(records)));
    factory.setProviders(List.of(new JsonProvider(mapper), new ProblemExceptionMapper()));
    this.server = factory.create();
    LOG.info("REST API published at '{}'", ADDRESS);
  }

  @Deactivate
  void deactivate() {
    server.destroy();
    bus.shutdown(true);
    LOG.info("REST API at '{}' stopped", ADDRESS);
  }

  @Reference(
      service = HealthIndicator.class,
      cardinality = ReferenceCardinality.MULTIPLE,
      policy = ReferencePolicy.DYNAMIC)
  void addHealthIndicator(HealthIndicator indicator) {
    healthIndicators.add(indicator);
  }

  void removeHealthIndicator(HealthIndicator indicator) {
    healthIndicators.remove(indicator);
  }

  private List<HealthIndicator> sortedIndicators() {
    return healthIndicators.stream().sorted(Comparator.comparing(HealthIndicator::id)).toList();
  }
}
