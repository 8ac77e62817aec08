package vn.hoso.records.internal.demo;

import java.util.List;
import vn.hoso.api.personnel.history.FamilyRelationRow;
import vn.hoso.api.personnel.history.FamilySide;
import vn.hoso.api.record.Sex;

/**
 * The family relations of the résumé form: parents, spouse, children and siblings on the person's
 * side, and the spouse's parents. Children take the father's family name, as Vietnamese children
 * usually do.
 */
final class Family {

  private static final List<String> OLDER_OCCUPATIONS =
      List.of(
          "Làm ruộng",
          "Cán bộ hưu trí",
          "Công nhân nghỉ hưu",
          "Giáo viên nghỉ hưu",
          "Bộ đội nghỉ hưu",
          "Buôn bán nhỏ");

  private static final List<String> ADULT_OCCUPATIONS =
      List.of(
          "Giáo viên",
          "Kỹ sư",
          "Bác sĩ",
          "Nhân viên văn phòng",
          "Kinh doanh tự do",
          "Công chức",
          "Viên chức",
          "Công nhân",
          "Kế toán");

  private Family() {}

  static void relations(PersonDraft draft) {
    int birthYear = draft.birth.getYear();
    int currentYear = draft.asOf.getYear();
    int fatherYear = birthYear - 24 - draft.random.nextInt(12);
    int motherYear = fatherYear + draft.random.nextInt(6);
    String home = Provinces.place(draft.random, draft.birthProvince);
    add(
        draft,
        FamilySide.OWN,
        "Bố",
        draft.familyName,
        Sex.MALE,
        fatherYear,
        home,
        elder(draft, fatherYear));
    add(
        draft,
        FamilySide.OWN,
        "Mẹ",
        VietnameseNames.familyName(draft.random, false),
        Sex.FEMALE,
        motherYear,
        home,
        elder(draft, motherYear));

    int siblings = draft.random.nextInt(4);
    for (int i = 0; i < siblings; i++) {
      int year = birthYear + draft.random.nextInt(17) - 8;
      if (year == birthYear || year >= currentYear) {
        continue;
      }
      Sex sex = draft.chance(0.5) ? Sex.MALE : Sex.FEMALE;
      String relation = year > birthYear ? "Em ruột" : sex == Sex.MALE ? "Anh ruột" : "Chị ruột";
      add(
          draft,
          FamilySide.OWN,
          relation,
          draft.familyName,
          sex,
          year,
          home,
          occupation(draft, currentYear - year));
    }

    int age = draft.ageOn(draft.asOf);
    boolean married = age >= 25 && draft.chance(age >= 30 ? 0.88 : 0.45);
    if (!married) {
      return;
    }
    Sex spouseSex = draft.sex == Sex.MALE ? Sex.FEMALE : Sex.MALE;
    int spouseYear =
        draft.sex == Sex.MALE
            ? birthYear + draft.random.nextInt(6)
            : birthYear - draft.random.nextInt(6);
    String spouseFamily = VietnameseNames.familyName(draft.random, false);
    Provinces.Province spouseProvince = Provinces.pick(draft.random);
    String spouseHome = Provinces.place(draft.random, spouseProvince);
    add(
        draft,
        FamilySide.OWN,
        draft.sex == Sex.MALE ? "Vợ" : "Chồng",
        spouseFamily,
        spouseSex,
        spouseYear,
        spouseHome,
        occupation(draft, currentYear - spouseYear));

    String childrenFamily = draft.sex == Sex.MALE ? draft.familyName : spouseFamily;
    int marriageYear = birthYear + 25 + draft.random.nextInt(Math.max(1, Math.min(age - 24, 8)));
    int children = 1 + draft.random.nextInt(3);
    for (int i = 0; i < children; i++) {
      int year = marriageYear + 1 + i * 2 + draft.random.nextInt(3);
      if (year > currentYear) {
        break;
      }
      Sex sex = draft.chance(0.5) ? Sex.MALE : Sex.FEMALE;
      add(
          draft,
          FamilySide.OWN,
          "Con",
          childrenFamily,
          sex,
          year,
          home,
          occupation(draft, currentYear - year));
    }

    String father = draft.sex == Sex.MALE ? "Bố vợ" : "Bố chồng";
    String mother = draft.sex == Sex.MALE ? "Mẹ vợ" : "Mẹ chồng";
    int inLawYear = spouseYear - 24 - draft.random.nextInt(10);
    add(
        draft,
        FamilySide.SPOUSE,
        father,
        spouseFamily,
        Sex.MALE,
        inLawYear,
        spouseHome,
        elder(draft, inLawYear));
    add(
        draft,
        FamilySide.SPOUSE,
        mother,
        VietnameseNames.familyName(draft.random, false),
        Sex.FEMALE,
        inLawYear + draft.random.nextInt(5),
        spouseHome,
        elder(draft, inLawYear));
  }

  private static void add(
      PersonDraft draft,
      FamilySide side,
      String relation,
      String familyName,
      Sex sex,
      int birthYear,
      String homeTown,
      String[] occupationAndNote) {
    String fullName = VietnameseNames.fullName(draft.random, familyName, sex, birthYear);
    String residence = draft.chance(0.6) ? "Hà Nội" : homeTown;
    draft.family.add(
        new FamilyRelationRow(
            null,
            null,
            side,
            relation,
            fullName,
            birthYear,
            homeTown,
            occupationAndNote[0],
            null,
            occupationAndNote[1] == null ? residence : null,
            occupationAndNote[1]));
  }

  /**
   * Returns the occupation of a parent and "Đã mất" for one who died, which old parents often have.
   */
  private static String[] elder(PersonDraft draft, int birthYear) {
    int age = draft.asOf.getYear() - birthYear;
    double died = age >= 90 ? 0.8 : age >= 80 ? 0.45 : age >= 70 ? 0.2 : 0.05;
    String note = draft.chance(died) ? "Đã mất" : null;
    String occupation = age >= 60 ? draft.pick(OLDER_OCCUPATIONS) : draft.pick(ADULT_OCCUPATIONS);
    return new String[] {occupation, note};
  }

  private static String[] occupation(PersonDraft draft, int age) {
    String occupation;
    if (age < 6) {
      occupation = "Còn nhỏ";
    } else if (age < 18) {
      occupation = "Học sinh";
    } else if (age < 23) {
      occupation = "Sinh viên";
    } else if (age >= 62) {
      occupation = draft.pick(OLDER_OCCUPATIONS);
    } else {
      occupation = draft.pick(ADULT_OCCUPATIONS);
    }
    return new String[] {occupation, null};
  }
}
