package vn.hoso.warnings.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hoso.api.personnel.RecordEvents;

/** Re-evaluates a person's warnings after the record service reports a change to their record. */
@Component(property = EventConstants.EVENT_TOPIC + "=" + RecordChangedHandler.TOPIC)
public final class RecordChangedHandler implements EventHandler {

  private static final Logger LOG = LoggerFactory.getLogger(RecordChangedHandler.class);

  static final String TOPIC = RecordEvents.CHANGED_TOPIC;
  static final String PERSON_ID_PROPERTY = RecordEvents.PERSON_ID;

  private final WarningEngine engine;

  @Activate
  public RecordChangedHandler(@Reference WarningEngine engine) {
    this.engine = engine;
  }

  @Override
  public void handleEvent(Event event) {
    Object personId = event.getProperty(PERSON_ID_PROPERTY);
    if (personId instanceof Number id) {
      engine.reevaluate(id.longValue());
    } else {
      LOG.warn("Ignoring '{}' event without a numeric '{}'", TOPIC, PERSON_ID_PROPERTY);
    }
  }
}
