package vn.hoso.records.internal.service;

import java.time.Clock;
import java.time.ZoneId;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.EventAdmin;
import vn.hoso.api.personnel.BulkRecordService;
import vn.hoso.api.personnel.RecordService;
import vn.hoso.api.system.MigratedSchema;

/**
 * Publishes the record service once the persistence unit exists and the records schema is migrated.
 * EventAdmin is optional and dynamic: its arrival or departure neither restarts this component nor
 * blocks a write.
 */
@Component(service = {RecordService.class, BulkRecordService.class})
public final class RecordServiceComponent extends RecordServiceImpl {

  /**
   * The zone that decides "today" for validation, such as a birth date in the future, whatever zone
   * the server runs in: the dates are Vietnamese legal dates.
   */
  static final ZoneId LEGAL_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private final EventAdminListener events;

  @Activate
  public RecordServiceComponent(
      @Reference(target = "(osgi.unit.name=hoso)") JpaTemplate jpa,
      @Reference(target = "(" + MigratedSchema.OWNER_PROPERTY + "=vn.hoso.records)")
          MigratedSchema recordsSchema) {
    this(jpa, new EventAdminListener());
  }

  private RecordServiceComponent(JpaTemplate jpa, EventAdminListener events) {
    super(new JpaTemplateTransactor(jpa), Clock.system(LEGAL_ZONE), events);
    this.events = events;
  }

  @Reference(
      service = EventAdmin.class,
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  void bindEventAdmin(EventAdmin eventAdmin) {
    events.bind(eventAdmin);
  }

  void unbindEventAdmin(EventAdmin eventAdmin) {
    events.unbind(eventAdmin);
  }
}
