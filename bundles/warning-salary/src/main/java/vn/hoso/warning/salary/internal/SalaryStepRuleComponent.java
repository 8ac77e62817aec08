package vn.hoso.warning.salary.internal;

import java.time.LocalDate;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import vn.hoso.api.record.PersonRecord;
import vn.hoso.api.warning.WarningEvent;
import vn.hoso.api.warning.WarningRule;

/** Registers the salary rule with the reference tables packaged in this bundle. */
@Component(
    service = WarningRule.class,
    property = WarningRule.RULE_ID_PROPERTY + "=" + SalaryStepRule.ID)
public final class SalaryStepRuleComponent implements WarningRule {

  private final SalaryStepRule rule;

  /**
   * Loads the packaged reference tables. A malformed table fails the activation with a message that
   * names the file and line, and the rule stays unregistered.
   */
  @Activate
  public SalaryStepRuleComponent() {
    this.rule = new SalaryStepRule(SalaryReference.loadPackaged());
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
