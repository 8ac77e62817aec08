package vn.hoso.records.internal.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hoso.api.personnel.RecordEvents;
import vn.hoso.api.system.MigratedSchema;

/**
 * Loads the demo data in the background once the records schema is migrated, when configuration
 * {@value DemoConfiguration#PID} allows it and the database is empty. A configuration change
 * applies without a restart; deactivating the component stops a load in progress, which then stores
 * nothing.
 *
 * <p>After the load it posts one {@link RecordEvents#CHANGED_TOPIC} event per person through
 * EventAdmin, when one is bound, so that the warning engine computes their warnings.
 */
@Component(
    configurationPid = DemoConfiguration.PID,
    immediate = true,
    service = {})
@Designate(ocd = DemoConfiguration.class)
public final class DemoDataComponent {

  private static final Logger LOG = LoggerFactory.getLogger(DemoDataComponent.class);

  /** The demo data's dates are Vietnamese calendar dates. */
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final DataSource dataSource;
  private final Clock clock = Clock.system(VIETNAM);
  private final AtomicBoolean stopped = new AtomicBoolean();
  private final AtomicReference<EventAdmin> eventAdmin = new AtomicReference<>();
  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "hoso-demo-data");
            thread.setDaemon(true);
            return thread;
          });
  private Future<?> running;

  @Activate
  public DemoDataComponent(
      @Reference(target = "(osgi.jndi.service.name=hoso)") DataSource dataSource,
      @Reference(target = "(" + MigratedSchema.OWNER_PROPERTY + "=vn.hoso.records)")
          MigratedSchema recordsSchema,
      DemoConfiguration configuration) {
    this.dataSource = dataSource;
    submit(DemoSettings.from(configuration));
  }

  @Modified
  void modified(DemoConfiguration configuration) {
    submit(DemoSettings.from(configuration));
  }

  @Deactivate
  void deactivate() {
    stopped.set(true);
    executor.shutdown();
    try {
      if (!executor.awaitTermination(60, TimeUnit.SECONDS)) {
        LOG.warn("Loading the demo data did not stop within 60 seconds");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Reference(
      service = EventAdmin.class,
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  void bindEventAdmin(EventAdmin admin) {
    eventAdmin.set(admin);
  }

  void unbindEventAdmin(EventAdmin admin) {
    eventAdmin.compareAndSet(admin, null);
  }

  private synchronized void submit(DemoSettings settings) {
    if (!settings.enabled()) {
      LOG.info("Demo data is turned off by configuration '{}'", DemoConfiguration.PID);
      return;
    }
    if (running != null && !running.isDone()) {
      return;
    }
    running = executor.submit(() -> loadIfAllowed(settings));
  }

  private void loadIfAllowed(DemoSettings settings) {
    try {
      Optional<String> rejection = rejection(settings);
      if (rejection.isPresent()) {
        LOG.info("Demo data not loaded: {}", rejection.get());
        return;
      }
      LOG.info(
          "Loading demo data: {} people, seed {}, in the background",
          settings.people(),
          settings.seed());
      DemoLoader.Outcome outcome =
          DemoLoader.load(dataSource, settings.people(), settings.seed(), clock, stopped::get);
      LOG.info(
          "Loaded demo data in {} ms: {} units, {} people, {} history rows, {} audit entries of"
              + " actor '{}'",
          outcome.duration().toMillis(),
          outcome.units(),
          outcome.personIds().size(),
          outcome.historyRows(),
          outcome.auditEntries(),
          DemoLoader.ACTOR);
      postChanges(outcome.personIds());
    } catch (DemoLoader.DatabaseRejectedException e) {
      LOG.info("Demo data not loaded: {}", e.getMessage());
    } catch (CancellationException e) {
      LOG.info("Loading the demo data stopped with its component; nothing was stored");
    } catch (SQLException | RuntimeException e) {
      LOG.error(
          "Loading the demo data failed; nothing was stored, and the next start tries again", e);
    }
  }

  /** Returns why the database must not receive the demo data, or empty when it may. */
  private Optional<String> rejection(DemoSettings settings) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      String product = DemoLoader.productName(connection);
      if (!settings.allows(product)) {
        return Optional.of(
            "the database is "
                + product
                + ", and configuration '"
                + DemoConfiguration.PID
                + "' allows only "
                + settings.databases());
      }
      return DemoLoader.rejection(connection);
    }
  }

  private void postChanges(List<Long> personIds) {
    EventAdmin admin = eventAdmin.get();
    if (admin == null) {
      LOG.info(
          "No EventAdmin; the warnings of the demo people appear with the next full computation");
      return;
    }
    for (long personId : personIds) {
      admin.postEvent(
          new Event(
              RecordEvents.CHANGED_TOPIC,
              Map.of(
                  RecordEvents.PERSON_ID, personId,
                  RecordEvents.TABLE, "person",
                  RecordEvents.OPERATION, "INSERT")));
    }
  }
}
