package vn.hoso.imports.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import vn.hoso.api.personnel.CurrentSalary;
import vn.hoso.api.personnel.Page;
import vn.hoso.api.personnel.PersonData;
import vn.hoso.api.personnel.PersonDetails;
import vn.hoso.api.personnel.PersonQuery;
import vn.hoso.api.personnel.PersonSort;
import vn.hoso.api.personnel.PersonSummary;
import vn.hoso.api.personnel.RecordNotFoundException;
import vn.hoso.api.personnel.RecordService;
import vn.hoso.api.personnel.UnitNode;
import vn.hoso.api.scope.UnitScope;

/**
 * Writes the people of a scope in the layout of the template, so that importing the file into the
 * same records changes nothing.
 */
final class PeopleExport {

  private PeopleExport() {}

  /**
   * Writes every person of the scope, in name order, page by page.
   *
   * <p>NOTE: the pages are separate reads, so a person renamed or added while the export runs may
   * be written twice or left out. The export is not a snapshot.
   */
  static void write(RecordService records, UnitScope scope, OutputStream out) throws IOException {
    Map<Long, String> unitCodes = new HashMap<>();
    records.unitTree(scope).forEach(tree -> collectCodes(tree, unitCodes));

    try (StaffListWorkbook workbook = new StaffListWorkbook(out)) {
      for (int page = 0; ; page++) {
        Page<PersonSummary> people = records.findPeople(scope, query(page));
        for (PersonSummary summary : people.items()) {
          PersonDetails person;
          try {
            person = records.person(scope, summary.id());
          } catch (RecordNotFoundException e) {
            continue; // Deleted since the page was read.
          }
          workbook.add(row(person, unitCodes));
        }
        if (people.items().size() < PersonQuery.MAX_SIZE) {
          break;
        }
      }
    }
  }

  private static PersonQuery query(int page) {
    return new PersonQuery(
        null,
        null,
        Set.of(),
        null,
        null,
        null,
        null,
        PersonSort.NAME,
        false,
        page,
        PersonQuery.MAX_SIZE);
  }

  private static StaffListWorkbook.Row row(PersonDetails person, Map<Long, String> unitCodes) {
    PersonData data = person.data();
    CurrentSalary salary = person.currentSalary();
    return new StaffListWorkbook.Row(
        data.fullName(),
        data.birthDate(),
        data.sex(),
        data.identityNumber(),
        data.civilServantNumber(),
        data.unitId() == null ? null : unitCodes.get(data.unitId()),
        data.category(),
        salary == null ? null : salary.rankCode(),
        salary == null ? null : salary.step(),
        salary == null ? null : salary.coefficient(),
        salary == null ? null : salary.effectiveDate(),
        data.currentPosition(),
        data.homeTown());
  }

  private static void collectCodes(UnitNode node, Map<Long, String> codes) {
    codes.put(node.unit().id(), node.unit().code());
    node.children().forEach(child -> collectCodes(child, codes));
  }
}
