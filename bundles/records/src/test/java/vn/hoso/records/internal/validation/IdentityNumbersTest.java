package vn.hoso.records.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hoso.api.personnel.FieldProblem;
import vn.hoso.api.personnel.ValidationException;
import vn.hoso.api.record.PartialDate;
import vn.hoso.api.record.Sex;

class IdentityNumbersTest {

  private record Case(String number, Sex sex, int birthYear, String expectedCode) {}

  @Test
  void numbersAgainstSexAndBirthYear() {
    List<Case> cases =
        List.of(
            new Case("001085012345", Sex.MALE, 1985, null),
            new Case("001185012345", Sex.FEMALE, 1985, null),
            new Case("079203000001", Sex.MALE, 2003, null),
            new Case("079303000001", Sex.FEMALE, 2003, null),
            new Case("001185012345", Sex.MALE, 1985, "identity-number-mismatch"),
            new Case("001086012345", Sex.MALE, 1985, "identity-number-mismatch"),
            new Case("097085012345", Sex.MALE, 1985, "identity-number-invalid"),
            new Case("000085012345", Sex.MALE, 1985, "identity-number-invalid"),
            new Case("00108501234", Sex.MALE, 1985, "identity-number-invalid"),
            new Case("00108501234X", Sex.MALE, 1985, "identity-number-invalid"),
            new Case("012345678", Sex.MALE, 1985, null));

    for (Case c : cases) {
      Problems problems = new Problems();

      IdentityNumbers.check(
          problems, "identityNumber", c.number(), c.sex(), PartialDate.ofYear(c.birthYear()));

      assertEquals(c.expectedCode(), firstCode(problems), c.toString());
    }
  }

  @Test
  void nineDigitsIsLegacy() {
    assertTrue(IdentityNumbers.isLegacy("012345678"));
    assertFalse(IdentityNumbers.isLegacy("001085012345"));
  }

  @Test
  void unknownSexSkipsTheMatch() {
    Problems problems = new Problems();

    IdentityNumbers.check(
        problems, "identityNumber", "001185012345", null, PartialDate.ofDay(LocalDate.now()));

    assertTrue(problems.isEmpty());
  }

  private static String firstCode(Problems problems) {
    try {
      problems.throwIfAny();
      return null;
    } catch (ValidationException e) {
      return e.problems().stream().map(FieldProblem::code).findFirst().orElseThrow();
    }
  }
}
