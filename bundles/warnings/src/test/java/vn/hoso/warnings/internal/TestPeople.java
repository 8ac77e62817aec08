package vn.hoso.warnings.internal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.hoso.api.record.PartialDate;
import vn.hoso.api.record.PersonCategory;
import vn.hoso.api.record.PersonName;
import vn.hoso.api.record.PersonRecord;
import vn.hoso.api.record.PersonRecordSource;
import vn.hoso.api.record.Sex;
import vn.hoso.api.warning.WarningEvent;
import vn.hoso.api.warning.WarningRule;

/** People held in memory, and a simple pure rule to compute warnings from them. */
final class TestPeople implements PersonRecordSource {

  private final Map<Long, PersonRecord> people = new TreeMap<>();

  static PersonRecord person(long id, String fullName, Long unitId, LocalDate birthDate) {
    String[] words = fullName.split(" ");
    String middle = String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length - 1));
    return new PersonRecord(
        id,
        new PersonName(fullName, words[0], middle, words[words.length - 1]),
        PersonCategory.CONG_CHUC,
        Sex.FEMALE,
        PartialDate.ofDay(birthDate),
        unitId,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null);
  }

  synchronized void put(PersonRecord person) {
    people.put(person.id(), person);
  }

  synchronized void remove(long id) {
    people.remove(id);
  }

  @Override
  public synchronized List<Long> personIds(long afterId, int limit) {
    return people.keySet().stream().filter(id -> id > afterId).limit(limit).toList();
  }

  @Override
  public synchronized List<PersonRecord> load(Collection<Long> personIds) {
    List<PersonRecord> loaded = new ArrayList<>();
    for (Long id : personIds) {
      PersonRecord person = people.get(id);
      if (person != null) {
        loaded.add(person);
      }
    }
    return loaded;
  }

  @Override
  public synchronized long count() {
    return people.size();
  }

  /** A rule with one event per person: their next birthday on or after the reference date. */
  static final class BirthdayRule implements WarningRule {

    static final String ID = "birthday";

    @Override
    public String id() {
      return ID;
    }

    @Override
    public String title() {
      return "Sinh nhật";
    }

    @Override
    public List<WarningEvent> evaluate(PersonRecord person, LocalDate asOf) {
      if (person.name().fullName().contains("Lỗi")) {
        throw new IllegalArgumentException("test record that the rule cannot read");
      }
      LocalDate birthday = MonthDay.from(person.birthDate().value()).atYear(asOf.getYear());
      if (birthday.isBefore(asOf)) {
        birthday = MonthDay.from(person.birthDate().value()).atYear(asOf.getYear() + 1);
      }
      return List.of(
          new WarningEvent(
              ID,
              "birthday",
              birthday,
              "Sinh nhật của " + person.name().fullName(),
              Map.of(
                  "age", String.valueOf(birthday.getYear() - person.birthDate().value().getYear())),
              List.of(),
              "không có",
              List.of("Ngày sinh " + person.birthDate().value())));
    }
  }

  /** A rule whose only event is years away: the seventieth birthday. */
  static final class SeventiethBirthdayRule implements WarningRule {

    static final String ID = "seventieth-birthday";

    @Override
    public String id() {
      return ID;
    }

    @Override
    public String title() {
      return "Sinh nhật lần thứ 70";
    }

    @Override
    public List<WarningEvent> evaluate(PersonRecord person, LocalDate asOf) {
      LocalDate birthday = person.birthDate().value().plusYears(70);
      return List.of(
          new WarningEvent(
              ID,
              "seventieth-birthday",
              birthday,
              "Sinh nhật lần thứ 70 của " + person.name().fullName(),
              Map.of("birthDate", person.birthDate().value().toString()),
              List.of(),
              "không có",
              List.of("Ngày sinh " + person.birthDate().value(), "Cộng 70 năm")));
    }
  }
}
