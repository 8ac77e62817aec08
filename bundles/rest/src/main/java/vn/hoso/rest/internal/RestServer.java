package vn.hoso.rest.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.ZoneId;
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
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hoso.api.health.HealthIndicator;
import vn.hoso.api.imports.ImportService;
import vn.hoso.api.personnel.RecordService;
import vn.hoso.api.personnel.change.ChangeRequestService;
import vn.hoso.api.quality.DataQuality;
import vn.hoso.api.security.AuthenticationService;
import vn.hoso.api.security.UserAdministration;
import vn.hoso.api.system.DatabaseStatus;
import vn.hoso.api.warning.WarningQueries;
import vn.hoso.rest.internal.auth.AuthResource;
import vn.hoso.rest.internal.health.HealthResource;
import vn.hoso.rest.internal.imports.ImportResource;
import vn.hoso.rest.internal.imports.PeopleExportResource;
import vn.hoso.rest.internal.personnel.AuditResource;
import vn.hoso.rest.internal.personnel.ChangeRequestResource;
import vn.hoso.rest.internal.personnel.PersonResource;
import vn.hoso.rest.internal.personnel.QualityResource;
import vn.hoso.rest.internal.personnel.UnitResource;
import vn.hoso.rest.internal.problem.ProblemExceptionMapper;
import vn.hoso.rest.internal.security.AuthenticationFilter;
import vn.hoso.rest.internal.security.BodySizeFilter;
import vn.hoso.rest.internal.security.CorsFilter;
import vn.hoso.rest.internal.security.RestConfiguration;
import vn.hoso.rest.internal.security.RestSettings;
import vn.hoso.rest.internal.security.RoleFilter;
import vn.hoso.rest.internal.security.SecurityHeadersFilter;
import vn.hoso.rest.internal.users.UserResource;
import vn.hoso.rest.internal.warning.WarningsResource;

/**
 * Publishes the REST API at {@code /api/v1} on the CXF servlet, whose context {@code /api} is set
 * in {@code etc/org.apache.cxf.osgi.cfg}.
 *
 * <p>Plugin services are bound through dynamic references, so installing or removing a plugin never
 * restarts this server. A change of configuration {@value RestConfiguration#PID} applies to the
 * next request without a restart either.
 *
 * <p>Every path except {@code auth/login}, {@code auth/refresh} and {@code health} needs a bearer
 * token; see {@link AuthenticationFilter}.
 */
@Component(immediate = true, configurationPid = RestConfiguration.PID)
@Designate(ocd = RestConfiguration.class)
public final class RestServer {

  private static final Logger LOG = LoggerFactory.getLogger(RestServer.class);

  static final String ADDRESS = "/v1";

  private final List<HealthIndicator> healthIndicators = new CopyOnWriteArrayList<>();
  private volatile WarningQueries warningQueries;
  private volatile ImportService importService;
  private final Bus bus;
  private final Server server;
  private volatile RestSettings settings;

  @Activate
  public RestServer(
      BundleContext bundleContext,
      @Reference DatabaseStatus databaseStatus,
      @Reference FeaturesService featuresService,
      @Reference AuthenticationService authentication,
      @Reference UserAdministration userAdministration,
      @Reference RecordService records,
      @Reference ChangeRequestService changeRequests,
      @Reference DataQuality quality,
      RestConfiguration configuration) {
    this.settings = RestSettings.from(configuration);
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
            new AuthResource(authentication, Clock.systemUTC()),
            new UserResource(userAdministration),
            new UnitResource(records),
            new PersonResource(records, mapper),
            new AuditResource(records),
            new ChangeRequestResource(changeRequests, records, mapper),
            new QualityResource(quality),
            new WarningsResource(
                () -> warningQueries, records, Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"))),
            new ImportResource(() -> importService),
            new PeopleExportResource(() -> importService)));
    factory.setProviders(
        List.of(
            new JsonProvider(mapper),
            new ProblemExceptionMapper(),
            new CorsFilter(this::settings),
            new BodySizeFilter(this::settings, this::importUploadLimit),
            new AuthenticationFilter(authentication),
            new RoleFilter(),
            new SecurityHeadersFilter()));
    this.server = factory.create();
    LOG.info("REST API published at '{}'", ADDRESS);
  }

  @Modified
  void modified(RestConfiguration configuration) {
    this.settings = RestSettings.from(configuration);
    LOG.info("Configuration '{}' applied", RestConfiguration.PID);
  }

  private RestSettings settings() {
    return settings;
  }

  private long importUploadLimit() {
    ImportService service = importService;
    return service == null ? -1 : service.maxUploadBytes();
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

  @Reference(
      service = WarningQueries.class,
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC)
  void setWarningQueries(WarningQueries queries) {
    this.warningQueries = queries;
  }

  void unsetWarningQueries(WarningQueries queries) {
    if (this.warningQueries == queries) {
      this.warningQueries = null;
    }
  }

  @Reference(
      service = ImportService.class,
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC)
  void setImportService(ImportService service) {
    this.importService = service;
  }

  void unsetImportService(ImportService service) {
    if (this.importService == service) {
      this.importService = null;
    }
  }

  private List<HealthIndicator> sortedIndicators() {
    return healthIndicators.stream().sorted(Comparator.comparing(HealthIndicator::id)).toList();
  }
}
