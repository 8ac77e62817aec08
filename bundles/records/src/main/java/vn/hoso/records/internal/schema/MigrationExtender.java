package vn.hoso.records.internal.schema;

import java.util.Dictionary;
import java.util.Hashtable;
import javax.sql.DataSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hoso.api.system.MigratedSchema;
import vn.hoso.api.system.SchemaStatus;

/**
 * Migrates the schema of every active bundle that declares the {@value
 * MigratedSchema#MIGRATIONS_HEADER} header, then registers a {@link MigratedSchema} for it.
 *
 * <p>When the DataSource is replaced (for example H2 switched to PostgreSQL), this component is
 * reactivated and every bundle's migrations run against the new database.
 */
@Component(
    immediate = true,
    service = {})
public final class MigrationExtender implements BundleTrackerCustomizer<ServiceRegistration<?>> {

  private static final Logger LOG = LoggerFactory.getLogger(MigrationExtender.class);

  private final BundleContext context;
  private final DataSource dataSource;
  private final BundleTracker<ServiceRegistration<?>> tracker;

  @Activate
  public MigrationExtender(
      BundleContext context,
      @Reference(target = "(osgi.jndi.service.name=hoso)") DataSource dataSource) {
    this.context = context;
    this.dataSource = dataSource;
    this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, this);
    tracker.open();
  }

  @Deactivate
  void deactivate() {
    tracker.close();
  }

  @Override
  public ServiceRegistration<?> addingBundle(Bundle bundle, BundleEvent event) {
    String location = bundle.getHeaders("").get(MigratedSchema.MIGRATIONS_HEADER);
    if (location == null || location.isBlank()) {
      return null;
    }

    SchemaStatus status;
    try {
      status = new BundleMigrations(bundle, location).migrate(dataSource);
    } catch (RuntimeException e) {
      LOG.error(
          "Schema migrations of bundle '{}' (id {}) from '{}' failed; its services stay stopped",
          bundle.getSymbolicName(),
          bundle.getBundleId(),
          location,
          e);
      return null;
    }
    LOG.info(
        "Schema of bundle '{}' is at version '{}' ({} migrations applied now)",
        status.owner(),
        status.version(),
        status.appliedThisStart());

    Dictionary<String, Object> properties = new Hashtable<>();
    properties.put(MigratedSchema.OWNER_PROPERTY, bundle.getSymbolicName());
    MigratedSchema migrated = () -> status;
    return context.registerService(MigratedSchema.class, migrated, properties);
  }

  @Override
  public void modifiedBundle(
      Bundle bundle, BundleEvent event, ServiceRegistration<?> registration) {}

  @Override
  public void removedBundle(Bundle bundle, BundleEvent event, ServiceRegistration<?> registration) {
    registration.unregister();
  }
}
