package vn.hoso.warning.reappointment.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.hoso.api.record.AppointmentKind;
import vn.hoso.api.record.DisciplineEntry;
import vn.hoso.api.record.DisciplineForm;
import vn.hoso.api.record.LeadershipTerm;
import vn.hoso.api.record.PartialDate;
import vn.hoso.api.record.PersonCategory;
import vn.hoso.api.record.PersonName;
import vn.hoso.api.record.PersonRecord;
import vn.hoso.api.record.Sex;

/** Builds person records with leadership terms for the reappointment tests. */
final class TermBuilder {

  private final PersonCategory category;
  private final Sex sex;
  private final LocalDate birthDate;
  private final List<LeadershipTerm> terms = new ArrayList<>();
  private final List<DisciplineEntry> disciplines = new ArrayList<>();

  private TermBuilder(PersonCategory category, Sex sex, LocalDate birthDate) {
    this.category = category;
    this.sex = sex;
    this.birthDate = birthDate;
  }

  static TermBuilder person(PersonCategory category, Sex sex, LocalDate birthDate) {
    return new TermBuilder(category, sex, birthDate);
  }

  /** Adds a "Trưởng phòng" term; {@code termEnd} may be null. */
  TermBuilder term(AppointmentKind kind, LocalDate effectiveDate, LocalDate termEnd) {
    terms.add(
        new LeadershipTerm(
            terms.size() + 1,
            "Trưởng phòng",
            new BigDecimal("0.60"),
            3L,
            kind,
            effectiveDate,
            termEnd,
            null));
    return this;
  }

  TermBuilder discipline(DisciplineForm form, LocalDate effectiveDate, LocalDate endDate) {
    disciplines.add(
        new DisciplineEntry(disciplines.size() + 1, form, effectiveDate, endDate, null));
    return this;
  }

  PersonRecord build() {
    return new PersonRecord(
        9L,
        new PersonName("Lê Văn Bình", "Lê", "Văn", "Bình"),
        category,
        sex,
        PartialDate.ofDay(birthDate),
        3L,
        List.of(),
        terms,
        disciplines,
        List.of(),
        List.of(),
        List.of(),
        null);
  }
}
