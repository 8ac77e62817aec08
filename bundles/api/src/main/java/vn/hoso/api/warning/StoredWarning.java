package vn.hoso.api.warning;

import java.time.Instant;
import java.util.Objects;
import vn.hoso.api.record.PersonCategory;

/**
 * A warning event as the engine stored it for one person.
 *
 * @param personId the person the event is about
 * @param fullName the person's full name when the event was computed
 * @param unitId the person's unit when the event was computed, or null when none was recorded
 * @param category the person's category when the event was computed
 * @param event the event the rule returned
 * @param computedAt when the rule computed it
 */
public record StoredWarning(
    long personId,
    String fullName,
    Long unitId,
    PersonCategory category,
    WarningEvent event,
    Instant computedAt) {

  public StoredWarning {
    Objects.requireNonNull(fullName, "fullName");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(computedAt, "computedAt");
  }
}
