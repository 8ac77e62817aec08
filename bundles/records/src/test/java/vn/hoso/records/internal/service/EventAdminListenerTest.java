package vn.hoso.records.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import vn.hoso.api.personnel.RecordEvents;
import vn.hoso.records.internal.persistence.ChangeSession.PersonChange;

class EventAdminListenerTest {

  /** Records the events posted to it. */
  private static final class RecordingEventAdmin implements EventAdmin {
    final List<Event> posted = new ArrayList<>();

    @Override
    public void postEvent(Event event) {
      posted.add(event);
    }

    @Override
    public void sendEvent(Event event) {
      throw new AssertionError("Changes must be posted asynchronously, not sent");
    }
  }

  @Test
  void committedChangeIsPosted() {
    EventAdminListener listener = new EventAdminListener();
    RecordingEventAdmin admin = new RecordingEventAdmin();
    listener.bind(admin);

    listener.committed(new PersonChange(42, "salary_history", "INSERT"));

    assertEquals(1, admin.posted.size());
    Event event = admin.posted.get(0);
    assertEquals(RecordEvents.CHANGED_TOPIC, event.getTopic());
    assertEquals(42L, event.getProperty(RecordEvents.PERSON_ID));
    assertEquals("salary_history", event.getProperty(RecordEvents.TABLE));
    assertEquals("INSERT", event.getProperty(RecordEvents.OPERATION));
  }

  @Test
  void withoutEventAdminNothingFails() {
    EventAdminListener listener = new EventAdminListener();
    RecordingEventAdmin admin = new RecordingEventAdmin();
    listener.bind(admin);
    listener.unbind(admin);

    listener.committed(new PersonChange(42, "person", "UPDATE"));

    assertTrue(admin.posted.isEmpty());
  }
}
