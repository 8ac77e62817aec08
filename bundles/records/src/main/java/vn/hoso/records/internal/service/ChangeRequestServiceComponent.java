package vn.hoso.records.internal.service;

import java.time.Clock;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.EventAdmin;
import vn.hoso.api.personnel.change.ChangeRequestService;
import vn.hoso.api.system.MigratedSchema;

/**
 * Publishes the change request service once the persistence unit exists and the records schema is
 * migrated. Like the record service, it posts the changes an approval makes to EventAdmin when one
 * is bound.
 */
@Component(service = ChangeRequestService.class)
public final class ChangeRequestServiceComponent extends ChangeRequestServiceImpl {

  private final EventAdminListener events;

  @Activate
  public ChangeRequestServiceComponent(
      @Reference(target = "(osgi.unit.name=hoso)") JpaTemplate jpa,
      @Reference(target = "(" + MigratedSchema.OWNER_PROPERTY + "=vn.hoso.records)")
          MigratedSchema recordsSchema) {
    this(jpa, new EventAdminListener());
  }

  private ChangeRequestServiceComponent(JpaTemplate jpa, EventAdminListener events) {
    super(new JpaTemplateTransactor(jpa), Clock.system(RecordServiceComponent.LEGAL_ZONE), events);
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
