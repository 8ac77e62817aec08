package vn.hoso.records.internal.service;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import vn.hoso.api.personnel.RecordEvents;
import vn.hoso.records.internal.persistence.ChangeSession.PersonChange;

/**
 * Posts committed changes to EventAdmin when one is bound, asynchronously; without EventAdmin the
 * changes are dropped, and writes never wait for it.
 */
final class EventAdminListener implements ChangeListener {

  private final AtomicReference<EventAdmin> eventAdmin = new AtomicReference<>();

  void bind(EventAdmin admin) {
    eventAdmin.set(admin);
  }

  void unbind(EventAdmin admin) {
    eventAdmin.compareAndSet(admin, null);
  }

  @Override
  public void committed(PersonChange change) {
    EventAdmin admin = eventAdmin.get();
    if (admin == null) {
      return;
    }
    admin.postEvent(
        new Event(
            RecordEvents.CHANGED_TOPIC,
            Map.of(
                RecordEvents.PERSON_ID, change.personId(),
                RecordEvents.TABLE, change.table(),
                RecordEvents.OPERATION, change.operation())));
  }
}
