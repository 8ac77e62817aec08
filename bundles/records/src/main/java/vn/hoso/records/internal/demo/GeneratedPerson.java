package vn.hoso.records.internal.demo;

import java.util.List;
import vn.hoso.api.personnel.PersonData;
import vn.hoso.api.personnel.history.AwardRow;
import vn.hoso.api.personnel.history.DisciplineRow;
import vn.hoso.api.personnel.history.EvaluationRow;
import vn.hoso.api.personnel.history.FamilyRelationRow;
import vn.hoso.api.personnel.history.LabourContractRow;
import vn.hoso.api.personnel.history.LeadershipTermRow;
import vn.hoso.api.personnel.history.MembershipRow;
import vn.hoso.api.personnel.history.MilitaryServiceRow;
import vn.hoso.api.personnel.history.NonCountedPeriodRow;
import vn.hoso.api.personnel.history.RetirementAdjustmentRow;
import vn.hoso.api.personnel.history.SalaryRow;
import vn.hoso.api.personnel.history.TrainingRow;
import vn.hoso.api.personnel.history.WorkHistoryRow;

/**
 * A person of the generated data with every history table, in the input types of the record
 * service. Identifiers and versions are null. {@link PersonData#unitId()} is null as well, because
 * the person's unit is named by {@code unitCode}; leadership terms are in that same unit.
 *
 * @param index the person's position in the data set, from 0
 * @param unitCode the code of the person's unit
 * @param data the person's fields
 */
public record GeneratedPerson(
    int index,
    String unitCode,
    PersonData data,
    List<SalaryRow> salary,
    List<LeadershipTermRow> leadershipTerms,
    List<WorkHistoryRow> workHistory,
    List<TrainingRow> training,
    List<AwardRow> awards,
    List<DisciplineRow> discipline,
    List<EvaluationRow> evaluations,
    List<NonCountedPeriodRow> nonCountedPeriods,
    List<FamilyRelationRow> familyRelations,
    List<MembershipRow> memberships,
    List<MilitaryServiceRow> militaryService,
    List<LabourContractRow> labourContracts,
    List<RetirementAdjustmentRow> retirementAdjustments) {

  public GeneratedPerson {
    salary = List.copyOf(salary);
    leadershipTerms = List.copyOf(leadershipTerms);
    workHistory = List.copyOf(workHistory);
    training = List.copyOf(training);
    awards = List.copyOf(awards);
    discipline = List.copyOf(discipline);
    evaluations = List.copyOf(evaluations);
    nonCountedPeriods = List.copyOf(nonCountedPeriods);
    familyRelations = List.copyOf(familyRelations);
    memberships = List.copyOf(memberships);
    militaryService = List.copyOf(militaryService);
    labourContracts = List.copyOf(labourContracts);
    retirementAdjustments = List.copyOf(retirementAdjustments);
  }

  /** Returns the number of history rows over all tables. */
  public int historyRowCount() {
    return salary.size()
        + leadershipTerms.size()
        + workHistory.size()
        + training.size()
        + awards.size()
        + discipline.size()
        + evaluations.size()
        + nonCountedPeriods.size()
        + familyRelations.size()
        + memberships.size()
        + militaryService.size()
        + labourContracts.size()
        + retirementAdjustments.size();
  }
}
