package vn.hoso.records.internal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hoso.api.personnel.ChangeContext;
import vn.hoso.api.personnel.PersonDetails;
import vn.hoso.api.personnel.UnitData;
import vn.hoso.api.personnel.ValidationException;
import vn.hoso.api.personnel.history.HistoryKind;
import vn.hoso.api.personnel.history.HistoryRow;
import vn.hoso.api.personnel.history.LeadershipTermRow;
import vn.hoso.api.scope.UnitScope;
import vn.hoso.records.internal.persistence.EntityManagerFactoryTransactor;
import vn.hoso.records.internal.service.RecordServiceImpl;
import vn.hoso.records.internal.testing.TestDatabase;

/**
 * Generated people without planted mistakes pass every check of the record service: a sample of
 * them is written through it, row by row. The demo loader writes the same data with bulk inserts
 * and no validation, so this is what keeps the two consistent.
 */
class GeneratedPeopleValidationTest {

  private static final Clock CLOCK = DemoLoaderTestBase.CLOCK;

  /** Every how many people one is written: 30 of the 3,000, with about 1,200 history rows. */
  private static final int SAMPLE_EVERY = 100;

  private static final UnitScope ALL = UnitScope.all();
  private static final ChangeContext CHANGE = new ChangeContext("test", null);

  @Test
  void sampleOfGeneratedPeoplePassesValidation() throws Exception {
    List<String> failures = new ArrayList<>();
    int written = 0;
    try (TestDatabase database = TestDatabase.h2()) {
      RecordServiceImpl service =
          new RecordServiceImpl(
              new EntityManagerFactoryTransactor(database.factory()), CLOCK, change -> {});
      SalaryScales scales;
      try (Connection connection = database.dataSource().getConnection()) {
        scales = SalaryScales.load(connection);
      }
      DemoGenerator generator =
          new DemoGenerator(scales, 1, java.time.LocalDate.now(CLOCK), 3000, false);
      Map<String, Long> unitIds = new HashMap<>();
      for (GeneratedUnit unit : generator.units()) {
        Long parent = unit.parentCode() == null ? null : unitIds.get(unit.parentCode());
        unitIds.put(
            unit.code(),
            service
                .createUnit(
                    ALL,
                    CHANGE,
                    new UnitData(unit.code(), unit.name(), unit.kindCode(), parent, true, null))
                .id());
      }

      Iterator<GeneratedPerson> people = generator.people();
      while (people.hasNext()) {
        GeneratedPerson person = people.next();
        if (person.index() % SAMPLE_EVERY != 0) {
          continue;
        }
        try {
          write(service, person, unitIds.get(person.unitCode()));
          written++;
        } catch (ValidationException e) {
          failures.add(person.index() + " " + person.data().fullName() + ": " + e.problems());
        }
      }
    }

    assertEquals(List.of(), failures);
    assertEquals(3000 / SAMPLE_EVERY, written);
  }

  private static void write(RecordServiceImpl service, GeneratedPerson person, long unitId) {
    PersonDetails created =
        service.createPerson(ALL, CHANGE, person.data().toBuilder().unitId(unitId).build());
    long id = created.id();
    add(service, id, HistoryKind.SALARY, person.salary());
    List<LeadershipTermRow> terms = new ArrayList<>();
    for (LeadershipTermRow row : person.leadershipTerms()) {
      terms.add(
          new LeadershipTermRow(
              null,
              null,
              row.title(),
              row.positionCode(),
              row.allowanceCoefficient(),
              unitId,
              row.kind(),
              row.effectiveDate(),
              row.termEnd(),
              row.endedOn(),
              row.decision()));
    }
    add(service, id, HistoryKind.LEADERSHIP_TERMS, terms);
    add(service, id, HistoryKind.WORK_HISTORY, person.workHistory());
    add(service, id, HistoryKind.TRAINING, person.training());
    add(service, id, HistoryKind.AWARDS, person.awards());
    add(service, id, HistoryKind.DISCIPLINE, person.discipline());
    add(service, id, HistoryKind.EVALUATIONS, person.evaluations());
    add(service, id, HistoryKind.NON_COUNTED_PERIODS, person.nonCountedPeriods());
    add(service, id, HistoryKind.FAMILY_RELATIONS, person.familyRelations());
    add(service, id, HistoryKind.MEMBERSHIPS, person.memberships());
    add(service, id, HistoryKind.MILITARY_SERVICE, person.militaryService());
    add(service, id, HistoryKind.LABOUR_CONTRACTS, person.labourContracts());
    add(service, id, HistoryKind.RETIREMENT_ADJUSTMENTS, person.retirementAdjustments());
  }

  private static <R extends HistoryRow> void add(
      RecordServiceImpl service, long personId, HistoryKind<R> kind, List<R> rows) {
    for (R row : rows) {
      service.addHistoryRow(ALL, CHANGE, personId, kind, row);
    }
  }
}
