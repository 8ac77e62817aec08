package vn.hoso.records.internal.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import vn.hoso.api.personnel.PersonData;
import vn.hoso.api.personnel.history.MembershipRow;
import vn.hoso.api.personnel.history.Organisation;
import vn.hoso.api.personnel.history.SalaryRow;

/**
 * The mistakes real records have, planted in generated people so that the data-quality checks find
 * something. Per copy of the ministry of 3,000 people:
 *
 * <ul>
 *   <li>about 6% of people miss one or two résumé fields;
 *   <li>the people at positions 301, 1201 and 2301 have a recruitment date two years after their
 *       first salary row, as a mistyped year gives;
 *   <li>those at 451 and 1651 joined the party at 16 by their record;
 *   <li>those at 777 and 1877 have a latest salary row 0.03 below the table's coefficient;
 *   <li>those at 1500 and 2500 are replaced by a second record of the person before them, with an
 *       old identity card number, in the unit of the person they replace;
 *   <li>the first three staff of the software development phòng of the IT centre are still on the
 *       rolls of the dissolved Trung tâm Thông tin;
 *   <li>the first deputy head of three phòng lost the record of their term, so their position names
 *       a post without an open term.
 * </ul>
 *
 * <p>Which people miss which fields is drawn from a random stream of its own, so the people
 * themselves are the same with and without the mistakes. The old identity card numbers that about
 * 2% of people carry are not planted: old records still have them.
 */
final class DataFlaws {

  private static final Set<Integer> RECRUITMENT_TYPOS = Set.of(301, 1201, 2301);
  private static final Set<Integer> UNDERAGE_PARTY = Set.of(451, 1651);
  private static final Set<Integer> WRONG_COEFFICIENT = Set.of(777, 1877);
  private static final Set<Integer> DUPLICATES = Set.of(1500, 2500);
  private static final Set<String> TERMLESS_UNITS = Set.of("VP.TH", "QLN.NO", "VQH.QHV");
  private static final String STRANDED_FROM = "CNTT.PM";
  private static final String DISSOLVED_UNIT = "TTTT";
  private static final int STRANDED_PEOPLE = 3;

  private static final List<String> OPTIONAL_FIELDS =
      List.of(
          "homeTown",
          "birthPlace",
          "permanentAddress",
          "socialInsuranceNumber",
          "identityIssuedOn",
          "religionCode",
          "generalEducation");

  private final long seed;
  private final Map<String, Integer> strandedPerCopy = new HashMap<>();
  private final Map<String, Boolean> termlessDone = new HashMap<>();
  private GeneratedPerson previous;

  DataFlaws(long seed) {
    this.seed = seed;
  }

  /**
   * Returns the person with the mistakes planted at their position.
   *
   * @param position the person's position within their copy of the ministry
   * @param copyCode the code of that copy's top unit
   */
  GeneratedPerson apply(
      GeneratedPerson person, int position, String copyCode, IdentityNumberPool identities) {
    GeneratedPerson result = person;
    if (DUPLICATES.contains(position) && previous != null) {
      result = duplicate(previous, person, identities);
    } else {
      String unitTail =
          person.unitCode().equals(copyCode)
              ? ""
              : person.unitCode().substring(copyCode.length() + 1);
      if (RECRUITMENT_TYPOS.contains(position)) {
        result = recruitedLate(result);
      }
      if (UNDERAGE_PARTY.contains(position)) {
        result = underageParty(result);
      }
      if (WRONG_COEFFICIENT.contains(position)) {
        result = wrongCoefficient(result);
      }
      if (unitTail.equals(STRANDED_FROM) && result.data().currentPosition() == null) {
        int stranded = strandedPerCopy.getOrDefault(copyCode, 0);
        if (stranded < STRANDED_PEOPLE) {
          strandedPerCopy.put(copyCode, stranded + 1);
          result = moved(result, copyCode + "." + DISSOLVED_UNIT);
        }
      }
      String termlessKey = copyCode + "/" + unitTail;
      if (TERMLESS_UNITS.contains(unitTail)
          && result.data().currentPosition() != null
          && result.data().currentPosition().startsWith("Phó")
          && !termlessDone.containsKey(termlessKey)) {
        termlessDone.put(termlessKey, true);
        result = withoutTerms(result);
      }
      result = missingFields(result);
    }
    previous = person;
    return result;
  }

  private GeneratedPerson missingFields(GeneratedPerson person) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x2545F4914F6CDD1DL ^ person.index());
    if (random.nextDouble() >= 0.06) {
      return person;
    }
    PersonData.Builder data = person.data().toBuilder();
    int count = 1 + random.nextInt(2);
    for (int i = 0; i < count; i++) {
      switch (OPTIONAL_FIELDS.get(random.nextInt(OPTIONAL_FIELDS.size()))) {
        case "homeTown" -> data.homeTown(null);
        case "birthPlace" -> data.birthPlace(null);
        case "permanentAddress" -> data.permanentAddress(null);
        case "socialInsuranceNumber" -> data.socialInsuranceNumber(null);
        case "identityIssuedOn" -> data.identityIssuedOn(null);
        case "religionCode" -> data.religionCode(null);
        default -> data.generalEducation(null);
      }
    }
    return with(
        person, person.unitCode(), data.build(), person.salary(), person.memberships(), true);
  }

  private static GeneratedPerson recruitedLate(GeneratedPerson person) {
    if (person.salary().isEmpty()) {
      return person;
    }
    var late =
        Dates.min(
            person.salary().get(0).effectiveDate().plusYears(2),
            person.salary().get(person.salary().size() - 1).effectiveDate());
    PersonData data = person.data().toBuilder().recruitmentDate(late).build();
    return with(person, person.unitCode(), data, person.salary(), person.memberships(), true);
  }

  private static GeneratedPerson underageParty(GeneratedPerson person) {
    List<MembershipRow> memberships = new ArrayList<>();
    var sixteen = person.data().birthDate().value().plusYears(16);
    boolean changed = false;
    for (MembershipRow row : person.memberships()) {
      if (row.organisation() == Organisation.COMMUNIST_PARTY) {
        memberships.add(
            new MembershipRow(
                null,
                null,
                row.organisation(),
                null,
                sixteen,
                sixteen.plusMonths(12),
                row.leftOn(),
                row.position(),
                row.decision()));
        changed = true;
      } else {
        memberships.add(row);
      }
    }
    return changed
        ? with(person, person.unitCode(), person.data(), person.salary(), memberships, true)
        : person;
  }

  private static GeneratedPerson wrongCoefficient(GeneratedPerson person) {
    if (person.salary().isEmpty()) {
      return person;
    }
    List<SalaryRow> salary = new ArrayList<>(person.salary());
    SalaryRow last = salary.get(salary.size() - 1);
    salary.set(
        salary.size() - 1,
        new SalaryRow(
            null,
            null,
            last.salaryTable(),
            last.salaryType(),
            last.rankCode(),
            last.step(),
            last.coefficient().subtract(new BigDecimal("0.03")),
            last.effectiveDate(),
            last.countedFrom(),
            last.seniorityAllowancePercent(),
            last.decision(),
            last.note()));
    return with(person, person.unitCode(), person.data(), salary, person.memberships(), true);
  }

  private static GeneratedPerson moved(GeneratedPerson person, String unitCode) {
    return with(person, unitCode, person.data(), person.salary(), person.memberships(), true);
  }

  private static GeneratedPerson withoutTerms(GeneratedPerson person) {
    return with(
        person, person.unitCode(), person.data(), person.salary(), person.memberships(), false);
  }

  /**
   * Returns a second record of {@code original} in the place of {@code replaced}: the same name,
   * birth date and sex, an old identity card number, the salary history and labour contracts, and
   * nothing else.
   */
  private static GeneratedPerson duplicate(
      GeneratedPerson original, GeneratedPerson replaced, IdentityNumberPool identities) {
    SplittableRandom random = new SplittableRandom(replaced.index());
    PersonData data =
        original.data().toBuilder()
            .identityNumber(identities.legacy(random, false))
            .identityIssuedBy("Công an tỉnh Nam Định")
            .currentPosition(null)
            .concurrentPositions(null)
            .retirementNoticeDate(null)
            .build();
    return new GeneratedPerson(
        replaced.index(),
        replaced.unitCode(),
        data,
        original.salary(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        original.labourContracts(),
        List.of());
  }

  private static GeneratedPerson with(
      GeneratedPerson person,
      String unitCode,
      PersonData data,
      List<SalaryRow> salary,
      List<MembershipRow> memberships,
      boolean keepTerms) {
    return new GeneratedPerson(
        person.index(),
        unitCode,
        data,
        salary,
        keepTerms ? person.leadershipTerms() : List.of(),
        person.workHistory(),
        person.training(),
        person.awards(),
        person.discipline(),
        person.evaluations(),
        person.nonCountedPeriods(),
        person.familyRelations(),
        memberships,
        person.militaryService(),
        person.labourContracts(),
        person.retirementAdjustments());
  }
}
