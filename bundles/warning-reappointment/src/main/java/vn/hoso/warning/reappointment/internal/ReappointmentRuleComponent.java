package vn.hoso.warning.reappointment.internal;

import java.time.LocalDate;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import vn.hoso.api.record.PersonRecord;
import vn.hoso.api.warning.WarningEvent;
import vn.hoso.api.warning.WarningRule;

/** Registers the reappointment rule with the reference tables packaged in this bundle. */
@Component(
    service = WarningRule.class,
    property = WarningRule.RULE_ID_PROPERTY + "=" + ReappointmentRule.ID)
public final class ReappointmentRuleComponent implements WarningRule {

  private final ReappointmentRule rule;

  /**
   * Loads the packaged reference tables. A malformed table fails the activation with a message that
   * names the file and line, and the rule stays unregistered.
   */
  @Activate
  public ReappointmentRuleComponent() {
    this.rule = new ReappointmentRule(ReappointmentReference.loadPackaged());
  }

  @Override
  public String id() {
    return rule.id();
  }

  @Override
  public String title() {
    return rule.title();
  }

  @Override
  public List<WarningEvent> evaluate(PersonRecord person, LocalDate asOf) {
    return rule.evaluate(person, asOf);
  }
}
