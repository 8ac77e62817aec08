package vn.hoso.records.internal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hoso.api.personnel.PersonData;
import vn.hoso.api.personnel.history.SalaryRow;
import vn.hoso.api.record.DatePrecision;
import vn.hoso.api.record.PersonCategory;
import vn.hoso.api.record.Sex;
import vn.hoso.records.internal.testing.TestDatabase;
import vn.hoso.records.internal.validation.IdentityNumbers;

/** The demo ministry as the generator makes it: one copy of 3,000 people with planted mistakes. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoGeneratorTest {

  static final LocalDate AS_OF = LocalDate.of(2026, 3, 15);

  private TestDatabase database;
  private SalaryScales scales;
  private List<GeneratedUnit> units;
  private final List<GeneratedPerson> people = new ArrayList<>();

  @BeforeAll
  void generate() throws Exception {
    database = TestDatabase.h2();
    try (Connection connection = database.dataSource().getConnection()) {
      scales = SalaryScales.load(connection);
    }
    DemoGenerator generator = new DemoGenerator(scales, 7, AS_OF, 3000, true);
    units = generator.units();
    generator.people().forEachRemaining(people::add);
  }

  @AfterAll
  void closeDatabase() {
    database.close();
  }

  @Test
  void sameSeedGivesSamePeople() {
    Iterator<GeneratedPerson> again = new DemoGenerator(scales, 7, AS_OF, 3000, true).people();

    for (GeneratedPerson person : people) {
      assertEquals(person, again.next(), "person " + person.index());
    }
  }

  @Test
  void otherSeedGivesOtherPeople() {
    GeneratedPerson first = new DemoGenerator(scales, 8, AS_OF, 3000, true).people().next();

    assertTrue(!first.data().equals(people.get(0).data()), "seed 8 repeated seed 7");
  }

  @Test
  void unitTreeHasFortyFourUnitsParentsFirst() {
    Set<String> seen = new HashSet<>();
    for (GeneratedUnit unit : units) {
      assertTrue(
          unit.parentCode() == null || seen.contains(unit.parentCode()),
          unit.code() + " before its parent");
      seen.add(unit.code());
    }

    assertEquals(44, units.size());
    assertEquals(1, units.stream().filter(unit -> unit.parentCode() == null).count());
    assertEquals(1, units.stream().filter(unit -> !unit.active()).count());
  }

  @Test
  void familyNamesFollowTheirShares() {
    Map<String, Integer> counts = new HashMap<>();
    people.forEach(p -> counts.merge(p.data().fullName().split(" ")[0], 1, Integer::sum));

    assertShare(counts.get("Nguyễn"), 0.32, 0.44, "Nguyễn");
    assertShare(counts.get("Trần"), 0.08, 0.14, "Trần");
    assertShare(counts.get("Lê"), 0.06, 0.12, "Lê");
    assertShare(counts.get("Phạm"), 0.045, 0.095, "Phạm");
  }

  @Test
  void middleNamesFollowSex() {
    long menNamedThi =
        people.stream()
            .filter(p -> p.data().sex() == Sex.MALE)
            .filter(p -> p.data().fullName().contains(" Thị "))
            .count();
    long womenNamedVan =
        people.stream()
            .filter(p -> p.data().sex() == Sex.FEMALE)
            .filter(p -> p.data().fullName().contains(" Văn "))
            .count();

    assertEquals(0, menNamedThi);
    assertEquals(0, womenNamedVan);
  }

  @Test
  void everyCategoryAndBothSexesOccur() {
    Set<PersonCategory> categories = EnumSet.noneOf(PersonCategory.class);
    people.forEach(p -> categories.add(p.data().category()));
    long women = people.stream().filter(p -> p.data().sex() == Sex.FEMALE).count();

    assertEquals(EnumSet.allOf(PersonCategory.class), categories);
    assertShare((int) women, 0.35, 0.6, "women");
  }

  @Test
  void agesLieBetween22And62AndBeforeRetirement() {
    for (GeneratedPerson person : people) {
      PersonData data = person.data();
      int age = Period.between(data.birthDate().value(), AS_OF).getYears();
      int laterMonths = person.retirementAdjustments().stream().mapToInt(row -> row.months()).sum();
      LocalDate retirement =
          RetirementAges.moment(data.birthDate().value(), data.sex(), laterMonths);

      assertTrue(age >= 21 && age <= 62, data.fullName() + " is " + age);
      assertTrue(retirement.isAfter(AS_OF), data.fullName() + " retired on " + retirement);
    }
  }

  @Test
  void someBirthDatesKnowOnlyYearOrMonth() {
    long yearOnly =
        people.stream().filter(p -> p.data().birthDate().precision() == DatePrecision.YEAR).count();
    long monthOnly =
        people.stream()
            .filter(p -> p.data().birthDate().precision() == DatePrecision.MONTH)
            .count();

    assertTrue(yearOnly >= 10, "year-only birth dates: " + yearOnly);
    assertTrue(monthOnly >= 10, "month-only birth dates: " + monthOnly);
  }

  @Test
  void identityNumbersAreUniqueAndStructured() {
    Set<String> numbers = new HashSet<>();
    int legacy = 0;
    for (GeneratedPerson person : people) {
      PersonData data = person.data();
      String number = data.identityNumber();
      assertNotNull(number, data.fullName());
      assertTrue(numbers.add(number), "repeated " + number);
      if (IdentityNumbers.isLegacy(number)) {
        legacy++;
        continue;
      }
      var problems = new vn.hoso.records.internal.validation.Problems();
      IdentityNumbers.check(problems, "identityNumber", number, data.sex(), data.birthDate());

      assertTrue(!problems.has("identityNumber"), data.fullName() + " " + number);
    }

    assertShare(legacy, 0.005, 0.05, "old identity card numbers");
  }

  @Test
  void salaryRowsCarryTheTableCoefficients() {
    for (GeneratedPerson person : people) {
      for (SalaryRow row : person.salary()) {
        SalaryScales.Type type = scales.type(row.salaryTable(), row.salaryType());
        boolean planted =
            person.index() % DemoGenerator.PEOPLE_PER_MINISTRY == 777
                || person.index() % DemoGenerator.PEOPLE_PER_MINISTRY == 1877;

        assertTrue(row.step() >= 1 && row.step() <= type.stepCount(), person.index() + " " + row);
        if (!planted) {
          assertEquals(
              scales.coefficient(type, row.step(), row.effectiveDate()),
              row.coefficient(),
              person.index() + " " + row);
        }
        assertTrue(
            !row.effectiveDate().isBefore(Career.DECREE_204_FROM), person.index() + " " + row);
      }
    }
  }

  @Test
  void workersHaveContractsAndNoSalary() {
    for (GeneratedPerson person : people) {
      if (person.data().category() == PersonCategory.NGUOI_LAO_DONG) {
        assertTrue(person.salary().isEmpty(), person.index() + " has salary rows");
        assertTrue(!person.labourContracts().isEmpty(), person.index() + " has no contract");
      }
    }
  }

  @Test
  void leadersHoldOpenTerms() {
    long leaders = people.stream().filter(p -> p.data().currentPosition() != null).count();
    long withTerms =
        people.stream()
            .filter(p -> p.data().currentPosition() != null)
            .filter(p -> p.leadershipTerms().stream().anyMatch(t -> t.endedOn() == null))
            .count();

    assertShare((int) leaders, 0.04, 0.12, "leaders");
    // Three deputy heads lost their term records on purpose; see DataFlaws.
    assertEquals(leaders - 3, withTerms);
  }

  @Test
  void plantedMistakesAreThere() {
    long stranded = people.stream().filter(p -> p.unitCode().equals("BPTDT.TTTT")).count();
    long missingHomeTown = people.stream().filter(p -> p.data().homeTown() == null).count();
    GeneratedPerson original = people.get(1499);
    GeneratedPerson duplicate = people.get(1500);

    assertEquals(3, stranded);
    assertTrue(missingHomeTown > 0, "no one misses the home town");
    assertEquals(original.data().fullName(), duplicate.data().fullName());
    assertEquals(original.data().birthDate(), duplicate.data().birthDate());
    assertTrue(IdentityNumbers.isLegacy(duplicate.data().identityNumber()));
  }

  private static void assertShare(Integer count, double min, double max, String what) {
    double share = (count == null ? 0 : count) / 3000.0;
    assertTrue(share >= min && share <= max, what + ": " + share);
  }
}
