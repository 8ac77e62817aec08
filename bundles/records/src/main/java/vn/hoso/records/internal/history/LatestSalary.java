package vn.hoso.records.internal.history;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import vn.hoso.api.personnel.CurrentSalary;
import vn.hoso.api.personnel.history.HistoryKind;
import vn.hoso.api.personnel.history.SalaryRow;
import vn.hoso.records.internal.audit.AuditTrail.RowRef;
import vn.hoso.records.internal.audit.AuditValues;
import vn.hoso.records.internal.persistence.ChangeSession;
import vn.hoso.records.internal.person.PersonEntity;

/**
 * The person's copy of the latest salary row (by effective date, including one that takes effect
 * later), which the people list filters and shows without reading the history.
 */
public final class LatestSalary {

  static final String PERSON_TABLE = "person";

  private LatestSalary() {}

  /**
   * Copies rank, step and coefficient of the latest salary row onto the person, or clears them when
   * none is left, and audits the fields that changed.
   */
  static void copyToPerson(ChangeSession session, PersonEntity person, String reason) {
    List<SalaryRow> rows = HistoryOperations.list(session.em(), person.getId(), HistoryKind.SALARY);
    SalaryRow latest = rows.isEmpty() ? null : rows.get(rows.size() - 1);

    Map<String, String> before = values(person);
    long versionBefore = person.getVersion();
    person.setRankCode(latest == null ? null : latest.rankCode());
    person.setSalaryStep(latest == null ? null : latest.step());
    person.setSalaryCoefficient(latest == null ? null : latest.coefficient());
    session.flush(person, PERSON_TABLE, versionBefore);
    session
        .audit()
        .updated(
            new RowRef(PERSON_TABLE, person.getId(), person.getId(), person.getUnitId()),
            person.getVersion(),
            reason,
            before,
            values(person));
  }

  /** Returns the salary row in force on a date, the latest not after it, or null. */
  public static CurrentSalary inForce(EntityManager em, long personId, LocalDate date) {
    List<SalaryRow> rows = HistoryOperations.list(em, personId, HistoryKind.SALARY);
    SalaryRow current = null;
    for (SalaryRow row : rows) {
      if (!row.effectiveDate().isAfter(date)) {
        current = row;
      }
    }
    if (current == null) {
      return null;
    }
    return new CurrentSalary(
        current.rankCode(),
        current.salaryTable(),
        current.salaryType(),
        current.step(),
        current.coefficient(),
        current.effectiveDate(),
        current.seniorityAllowancePercent());
  }

  /** Returns the audit values of the person's copy of the latest salary row. */
  public static Map<String, String> values(PersonEntity person) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("rankCode", person.getRankCode());
    values.put("salaryStep", AuditValues.format(person.getSalaryStep()));
    BigDecimal coefficient = person.getSalaryCoefficient();
    values.put("salaryCoefficient", AuditValues.format(coefficient));
    return values;
  }
}
