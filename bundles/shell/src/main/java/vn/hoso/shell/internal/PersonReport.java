package vn.hoso.shell.internal;

import static vn.hoso.shell.internal.UserCommand.message;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.hoso.api.personnel.CurrentSalary;
import vn.hoso.api.personnel.PersonData;
import vn.hoso.api.personnel.PersonDetails;
import vn.hoso.api.personnel.RecordLookup;
import vn.hoso.api.personnel.RecordNotFoundException;
import vn.hoso.api.personnel.RecordService;
import vn.hoso.api.personnel.history.HistoryKind;
import vn.hoso.api.personnel.history.LeadershipTermRow;
import vn.hoso.api.quality.DataQuality;
import vn.hoso.api.quality.QualityProblem;
import vn.hoso.api.record.AppointmentKind;
import vn.hoso.api.rules.VietnameseText;
import vn.hoso.api.scope.UnitScope;
import vn.hoso.api.warning.StoredWarning;
import vn.hoso.api.warning.WarningQueries;

/**
 * The text of {@code hoso:person-show}: a person's record in short, their salary and term in force,
 * their warnings and their data-quality problems. Administrators see every unit.
 */
final class PersonReport {

  private static final UnitScope ALL = UnitScope.all();

  /** Leadership terms last five years unless the decision states another end. */
  private static final int TERM_YEARS = 5;

  private final RecordService records;
  private final RecordLookup lookup;
  private final DataQuality quality;
  private final WarningQueries warnings;

  /**
   * @param warnings the warning engine, or null when the warnings feature is not installed
   */
  PersonReport(
      RecordService records, RecordLookup lookup, DataQuality quality, WarningQueries warnings) {
    this.records = records;
    this.lookup = lookup;
    this.quality = quality;
    this.warnings = warnings;
  }

  /**
   * Returns the person a key names: a 12-digit identity number or 9-digit identity card number of a
   * stored person first, and otherwise a person identifier.
   *
   * @throws IllegalArgumentException when the key is neither
   */
  long resolve(String key) {
    String text = key.strip();
    if (text.matches("\\d{9}|\\d{12}")) {
      Optional<Long> byIdentity = lookup.personByIdentityNumber(ALL, text);
      if (byIdentity.isPresent()) {
        return byIdentity.get();
      }
    }
    if (text.matches("\\d{1,18}")) {
      return Long.parseLong(text);
    }
    throw new IllegalArgumentException(message("person.key-invalid", key));
  }

  /**
   * Returns the lines that describe the person.
   *
   * @throws RecordNotFoundException when the person does not exist
   */
  List<String> lines(long personId, LocalDate today) {
    PersonDetails person = records.person(ALL, personId);
    PersonData data = person.data();
    List<String> lines = new ArrayList<>();
    lines.add(message("person.title", String.valueOf(personId), data.fullName()));
    lines.add(
        row(
            "person.born",
            VietnameseText.sex(data.sex())
                + ", "
                + birthDate(data)
                + " ("
                + VietnameseText.age(age(data, today), 0)
                + ")"));
    lines.add(row("person.identity", identity(person)));
    lines.add(row("person.category", VietnameseText.category(data.category())));
    lines.add(row("person.unit", person.unitName() + " (" + data.unitId() + ")"));
    if (data.currentPosition() != null) {
      lines.add(row("person.position", data.currentPosition()));
    }
    if (data.jobPosition() != null) {
      lines.add(row("person.job", data.jobPosition()));
    }
    lines.add(row("person.salary", salary(person.currentSalary())));
    lines.add(row("person.term", term(personId, today)));
    warningLines(personId, lines);
    qualityLines(personId, lines);
    return lines;
  }

  private static String row(String labelKey, String value) {
    return String.format("  %-24s %s", message(labelKey), value);
  }

  private static String birthDate(PersonData data) {
    return switch (data.birthDate().precision()) {
      case DAY -> VietnameseText.date(data.birthDate().value());
      case MONTH ->
          String.format(
              "%02d/%d",
              data.birthDate().value().getMonthValue(), data.birthDate().value().getYear());
      case YEAR -> String.valueOf(data.birthDate().value().getYear());
    };
  }

  private static int age(PersonData data, LocalDate today) {
    return java.time.Period.between(data.birthDate().value(), today).getYears();
  }

  private static String identity(PersonDetails person) {
    String number = person.data().identityNumber();
    if (number == null) {
      return message("person.none");
    }
    return person.identityNumberLegacy() ? message("person.identity-legacy", number) : number;
  }

  private static String salary(CurrentSalary salary) {
    if (salary == null) {
      return message("person.none");
    }
    String rank =
        salary.rankCode() == null
            ? message("person.salary-table", salary.salaryTable(), salary.salaryType())
            : message("person.salary-rank", salary.rankCode(), salary.salaryType());
    String text =
        message(
            "person.salary-value",
            rank,
            salary.step(),
            VietnameseText.decimal(salary.coefficient()),
            VietnameseText.date(salary.effectiveDate()));
    if (salary.seniorityAllowancePercent().signum() > 0) {
      text +=
          message(
              "person.salary-seniority",
              salary.seniorityAllowancePercent().stripTrailingZeros().toPlainString());
    }
    return text;
  }

  /** Returns the open term of the latest post, with its end, or "none". */
  private String term(long personId, LocalDate today) {
    Optional<LeadershipTermRow> open =
        records.history(ALL, personId, HistoryKind.LEADERSHIP_TERMS).stream()
            .filter(term -> term.endedOn() == null)
            .max(Comparator.comparing(LeadershipTermRow::effectiveDate));
    if (open.isEmpty()) {
      return message("person.none");
    }
    LeadershipTermRow term = open.get();
    String end;
    if (term.termEnd() != null) {
      end = VietnameseText.date(term.termEnd());
    } else if (term.kind() == AppointmentKind.EXTENSION) {
      end = message("person.term-until-retirement");
    } else {
      end = VietnameseText.date(term.effectiveDate().plusYears(TERM_YEARS));
    }
    String text =
        message(
            "person.term-value",
            term.title(),
            message("person.term-kind." + term.kind().name()),
            VietnameseText.date(term.effectiveDate()),
            end);
    if (term.termEnd() != null && term.termEnd().isBefore(today)) {
      text += message("person.term-expired");
    }
    return text;
  }

  private void warningLines(long personId, List<String> lines) {
    if (warnings == null) {
      lines.add(row("person.warnings", message("warnings.unavailable")));
      return;
    }
    List<StoredWarning> stored = warnings.forPerson(personId);
    lines.add(row("person.warnings", String.valueOf(stored.size())));
    for (StoredWarning warning : stored) {
      lines.add(
          "    - "
              + VietnameseText.date(warning.event().dueDate())
              + ": "
              + warning.event().title());
    }
  }

  private void qualityLines(long personId, List<String> lines) {
    List<QualityProblem> problems = quality.person(ALL, personId).problems();
    lines.add(row("person.problems", String.valueOf(problems.size())));
    for (QualityProblem problem : problems) {
      lines.add("    - " + problem.message());
    }
  }
}
