package vn.hoso.records.internal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.hoso.api.personnel.history.ContractType;
import vn.hoso.api.personnel.history.LabourContractRow;
import vn.hoso.api.personnel.history.LeadershipTermRow;
import vn.hoso.api.personnel.history.MembershipRow;
import vn.hoso.api.personnel.history.MilitaryServiceRow;
import vn.hoso.api.personnel.history.Organisation;
import vn.hoso.api.personnel.history.TrainingMode;
import vn.hoso.api.personnel.history.TrainingRow;
import vn.hoso.api.personnel.history.TrainingType;
import vn.hoso.api.personnel.history.WorkHistoryRow;
import vn.hoso.api.record.LegalDecision;
import vn.hoso.api.record.PersonCategory;
import vn.hoso.api.record.Sex;

/**
 * The parts of a record that tell a life rather than pay: military service, training, memberships,
 * work history and labour contracts. Family relations are in {@link Family}.
 */
final class Biography {

  private static final List<String> BRANCHES =
      List.of(
          "Quân khu 1",
          "Quân khu 3",
          "Quân khu 4",
          "Bộ Tư lệnh Thủ đô Hà Nội",
          "Quân chủng Phòng không - Không quân",
          "Bộ đội Biên phòng");

  private static final List<String> COMPANIES =
      List.of(
          "Công ty cổ phần Tư vấn Xây dựng Sông Hồng",
          "Công ty TNHH Kiến trúc Đô thị Việt",
          "Công ty cổ phần Đầu tư Phát triển Hạ tầng Thăng Long",
          "Tổng công ty Xây dựng Hà Nội",
          "Công ty cổ phần Công nghệ Sao Việt");

  private Biography() {}

  /** Gives some older men a period of military service before their recruitment. */
  static void militaryService(PersonDraft draft) {
    if (draft.sex != Sex.MALE || draft.birth.getYear() > 1988 || !draft.chance(0.06)) {
      return;
    }
    int month = draft.chance(0.5) ? 2 : 9;
    LocalDate enlisted =
        LocalDate.of(
            draft.birth.getYear() + 18 + draft.random.nextInt(2),
            month,
            1 + draft.random.nextInt(20));
    LocalDate discharged = enlisted.plusMonths(18 + draft.random.nextInt(19));
    draft.military.add(
        new MilitaryServiceRow(
            null,
            null,
            enlisted,
            discharged,
            draft.pick(BRANCHES),
            draft.pick(List.of("Hạ sĩ", "Trung sĩ", "Thượng sĩ")),
            null));
  }

  /** Adds the degrees that lead to the person's qualification, and political and state courses. */
  static void training(PersonDraft draft) {
    String field = draft.qualificationField;
    boolean lowStart = draft.levelDates.firstKey() == 0;
    LocalDate eighteen = LocalDate.of(draft.birth.getYear() + 18, 9, 5);
    if (draft.isWorker()) {
      // Drivers, guards and service staff hold a vocational diploma or certificate.
      if (draft.chance(0.5)) {
        draft.qualification = "TRUNG_CAP";
        draft.training.add(
            course(
                TrainingType.PROFESSIONAL,
                eighteen,
                eighteen.plusMonths(21),
                draft.pick(Fields.COLLEGES),
                null,
                TrainingMode.FULL_TIME,
                "TRUNG_CAP",
                "Bằng tốt nghiệp trung cấp"));
      } else {
        draft.qualification = "SO_CAP";
      }
      draft.qualificationField = null;
      return;
    }

    LocalDate graduation;
    if (lowStart) {
      String code = draft.level() == 0 ? draft.qualification : "CAO_DANG";
      graduation =
          Dates.min(
              eighteen.plusMonths(code.equals("CAO_DANG") ? 33 : 21),
              draft.recruitment.minusMonths(1));
      draft.training.add(
          course(
              TrainingType.PROFESSIONAL,
              eighteen,
              graduation,
              draft.pick(Fields.COLLEGES),
              field,
              TrainingMode.FULL_TIME,
              code,
              code.equals("CAO_DANG") ? "Bằng tốt nghiệp cao đẳng" : "Bằng tốt nghiệp trung cấp"));
      if (draft.level() >= 1) {
        LocalDate upgraded = draft.levelDates.get(1);
        LocalDate to = upgraded.minusMonths(2 + draft.random.nextInt(10));
        LocalDate from = to.minusYears(4);
        if (from.isBefore(graduation)) {
          from = graduation.plusMonths(6);
        }
        draft.training.add(
            course(
                TrainingType.PROFESSIONAL,
                from,
                Dates.max(from.plusMonths(6), to),
                draft.pick(Fields.UNIVERSITIES),
                field,
                TrainingMode.IN_SERVICE,
                "DAI_HOC",
                "Cử nhân " + field));
      }
    } else {
      graduation = Dates.min(eighteen.plusMonths(45), draft.recruitment.minusMonths(1));
      LocalDate start = Dates.min(eighteen, graduation.minusYears(4));
      draft.training.add(
          course(
              TrainingType.PROFESSIONAL,
              start,
              graduation,
              draft.pick(Fields.UNIVERSITIES),
              field,
              TrainingMode.FULL_TIME,
              "DAI_HOC",
              bachelor(field)));
    }

    if ("THAC_SI".equals(draft.qualification) || "TIEN_SI".equals(draft.qualification)) {
      LocalDate from =
          Dates.max(
              draft.recruitment.plusYears(1 + draft.random.nextInt(4)), graduation.plusMonths(6));
      LocalDate to = from.plusMonths(24);
      if (to.isAfter(draft.asOf.minusMonths(1))) {
        draft.qualification = "DAI_HOC";
      } else {
        draft.training.add(
            course(
                TrainingType.PROFESSIONAL,
                from,
                to,
                draft.pick(Fields.UNIVERSITIES),
                field,
                draft.chance(0.7) ? TrainingMode.IN_SERVICE : TrainingMode.FULL_TIME,
                "THAC_SI",
                "Thạc sĩ " + field));
        if ("TIEN_SI".equals(draft.qualification)) {
          LocalDate phdFrom = to.plusYears(1 + draft.random.nextInt(4));
          LocalDate phdTo = phdFrom.plusMonths(48);
          if (phdTo.isAfter(draft.asOf.minusMonths(1))) {
            draft.qualification = "THAC_SI";
          } else {
            draft.training.add(
                course(
                    TrainingType.PROFESSIONAL,
                    phdFrom,
                    phdTo,
                    draft.pick(Fields.UNIVERSITIES),
                    field,
                    TrainingMode.IN_SERVICE,
                    "TIEN_SI",
                    "Tiến sĩ " + field));
          }
        }
      }
    }
    stateManagement(draft);
  }

  /** Adds the state management courses of each rank reached (bồi dưỡng theo tiêu chuẩn ngạch). */
  private static void stateManagement(PersonDraft draft) {
    String[][] programmes = {
      {"CV", "Bồi dưỡng kiến thức quản lý nhà nước chương trình chuyên viên"},
      {"CVC", "Bồi dưỡng kiến thức quản lý nhà nước chương trình chuyên viên chính"},
      {"CVCC", "Bồi dưỡng kiến thức quản lý nhà nước chương trình chuyên viên cao cấp"}
    };
    for (Map.Entry<Integer, LocalDate> level : draft.levelDates.entrySet()) {
      int index = level.getKey() - 1;
      if (index < 0 || !draft.chance(0.85)) {
        continue;
      }
      LocalDate from =
          level.getValue().plusMonths(index == 0 ? 12 + draft.random.nextInt(24) : -10);
      if (from.isBefore(draft.recruitment)) {
        from = draft.recruitment.plusMonths(3);
      }
      LocalDate to = from.plusMonths(2 + index);
      if (to.isAfter(draft.asOf)) {
        continue;
      }
      String school =
          to.getYear() >= 2025
              ? "Học viện Chính trị quốc gia Hồ Chí Minh"
              : "Học viện Hành chính Quốc gia";
      draft.training.add(
          course(
              TrainingType.STATE_MANAGEMENT,
              from,
              to,
              school,
              null,
              TrainingMode.SHORT_COURSE,
              null,
              programmes[index][1]));
      draft.stateManagement = programmes[index][0];
    }
  }

  /** Adds party, youth union, trade union and veterans' membership, and political theory. */
  static void memberships(PersonDraft draft) {
    int age = draft.ageOn(draft.asOf);
    LocalDate youth = draft.birth.plusYears(15).plusDays(draft.random.nextInt(300));
    if (youth.isBefore(draft.asOf)) {
      LocalDate left = draft.birth.plusYears(30);
      draft.memberships.add(
          new MembershipRow(
              null,
              null,
              Organisation.YOUTH_UNION,
              null,
              youth,
              null,
              left.isAfter(draft.asOf) ? null : left,
              null,
              null));
    }
    draft.memberships.add(
        new MembershipRow(
            null,
            null,
            Organisation.TRADE_UNION,
            null,
            Dates.min(draft.recruitment.plusMonths(draft.random.nextInt(4)), draft.asOf),
            null,
            null,
            null,
            null));

    double partyShare;
    if (draft.post != null || draft.category == PersonCategory.CAN_BO) {
      partyShare = 1;
    } else if (draft.isWorker()) {
      partyShare = 0.05;
    } else if (age < 27) {
      partyShare = 0.1;
    } else if (draft.level() >= 2) {
      partyShare = 0.9;
    } else {
      partyShare = draft.category == PersonCategory.VIEN_CHUC ? 0.35 : 0.55;
    }
    if (draft.chance(partyShare)) {
      LocalDate from = Dates.max(draft.birth.plusYears(21), draft.recruitment.minusYears(1));
      LocalDate to = Dates.min(draft.birth.plusYears(36), draft.asOf.minusMonths(14));
      if (!from.isAfter(to)) {
        LocalDate joined = Dates.between(draft.random, from, to);
        LocalDate official = joined.plusMonths(12);
        draft.memberships.add(
            new MembershipRow(
                null,
                null,
                Organisation.COMMUNIST_PARTY,
                null,
                joined,
                official,
                null,
                draft.post != null ? "Chi ủy viên" : null,
                new LegalDecision(
                    (1 + draft.random.nextInt(600)) + "-QĐ/ĐU",
                    joined.minusDays(10),
                    "Đảng ủy cơ quan Bộ")));
        draft.partyMember = true;
      }
    }
    if (draft.partyMember && !draft.isWorker()) {
      politicalTheory(draft);
    }
    if (!draft.military.isEmpty() && draft.chance(0.7)) {
      LocalDate joined =
          draft.military.get(0).dischargedOn().plusYears(1 + draft.random.nextInt(5));
      if (joined.isBefore(draft.asOf)) {
        draft.memberships.add(
            new MembershipRow(
                null,
                null,
                Organisation.VETERANS_ASSOCIATION,
                null,
                joined,
                null,
                null,
                null,
                null));
      }
    }
  }

  private static void politicalTheory(PersonDraft draft) {
    boolean senior =
        draft.level() >= 2 || (draft.post != null && !draft.post.title().startsWith("Phó"));
    if (!senior && (draft.ageOn(draft.asOf) < 30 || !draft.chance(0.5))) {
      return;
    }
    String code = senior ? "CAO_CAP" : "TRUNG_CAP";
    LocalDate earliest = draft.recruitment.plusYears(5);
    LocalDate latest = draft.asOf.minusMonths(senior ? 20 : 10);
    if (earliest.isAfter(latest)) {
      return;
    }
    LocalDate from = Dates.between(draft.random, earliest, latest);
    LocalDate to = from.plusMonths(senior ? 18 : 8);
    String school = senior ? "Học viện Chính trị khu vực I" : "Trường Chính trị tỉnh Hà Nam";
    draft.training.add(
        course(
            TrainingType.POLITICAL_THEORY,
            from,
            to,
            school,
            null,
            TrainingMode.IN_SERVICE,
            null,
            senior ? "Cao cấp lý luận chính trị" : "Trung cấp lý luận chính trị"));
    draft.politicalTheory = code;
  }

  /**
   * Writes the work history from the recruitment: one period per rank or post, the post when the
   * person held one, and before it a job outside the public service for some.
   */
  static List<WorkHistoryRow> workHistory(PersonDraft draft, String rankTitleAtRecruitment) {
    List<WorkHistoryRow> rows = new ArrayList<>();
    LocalDate graduation = draft.training.isEmpty() ? null : draft.training.get(0).to();
    if (graduation != null
        && !draft.isWorker()
        && draft.recruitment.isAfter(graduation.plusMonths(18))
        && draft.chance(0.5)) {
      rows.add(
          new WorkHistoryRow(
              null,
              null,
              graduation.plusMonths(1),
              draft.recruitment.minusDays(1),
              "Nhân viên",
              draft.pick(COMPANIES),
              null,
              null));
    }

    TreeMap<LocalDate, String> changes = new TreeMap<>();
    changes.put(draft.recruitment, rankTitleAtRecruitment);
    for (Map.Entry<Integer, LocalDate> level : draft.levelDates.entrySet()) {
      changes.putIfAbsent(level.getValue(), null);
    }
    for (LeadershipTermRow term : draft.terms) {
      changes.putIfAbsent(term.effectiveDate(), null);
      if (term.endedOn() != null) {
        changes.putIfAbsent(term.endedOn().plusDays(1), null);
      }
    }
    String previous = null;
    LocalDate previousFrom = null;
    for (LocalDate date : changes.keySet()) {
      if (date.isAfter(draft.asOf)) {
        break;
      }
      String title = titleOn(draft, date);
      if (title.equals(previous)) {
        continue;
      }
      if (previous != null) {
        rows.add(
            new WorkHistoryRow(
                null,
                null,
                previousFrom,
                date.minusDays(1),
                previous,
                draft.unit.fullName(),
                null,
                null));
      }
      previous = title;
      previousFrom = date;
    }
    rows.add(
        new WorkHistoryRow(
            null, null, previousFrom, null, previous, draft.unit.fullName(), null, null));
    return rows;
  }

  /** Returns the post the person held on the date, or the title of their rank then. */
  private static String titleOn(PersonDraft draft, LocalDate date) {
    String post = null;
    for (LeadershipTermRow term : draft.terms) {
      LocalDate end =
          term.endedOn() != null
              ? term.endedOn()
              : term.termEnd() != null ? term.termEnd() : LocalDate.MAX;
      if (!date.isBefore(term.effectiveDate()) && !date.isAfter(end)) {
        if (post == null || post.startsWith("Phó")) {
          post = term.title();
        }
      }
    }
    if (post != null) {
      return post;
    }
    if (draft.isWorker()) {
      return draft.jobPosition;
    }
    return draft.ladder.at(draft.levelOn(date)).title();
  }

  /** Adds the labour contracts of a worker: some fixed terms first, then an indefinite one. */
  static void labourContracts(PersonDraft draft, String jobTitle) {
    LocalDate start = draft.recruitment;
    boolean recent = start.isAfter(draft.asOf.minusMonths(30));
    if (recent || draft.chance(0.3)) {
      int months = recent ? 36 : 12 * (1 + draft.random.nextInt(3));
      LocalDate end = start.plusMonths(months).minusDays(1);
      draft.contracts.add(contract(draft, ContractType.FIXED_TERM, start, end, jobTitle));
      if (recent) {
        return;
      }
      start = end.plusDays(1);
    }
    if (!start.isAfter(draft.asOf)) {
      draft.contracts.add(contract(draft, ContractType.INDEFINITE, start, null, jobTitle));
    }
  }

  private static LabourContractRow contract(
      PersonDraft draft, ContractType type, LocalDate start, LocalDate end, String jobTitle) {
    LegalDecision signing =
        Decisions.before(draft, start, "HĐLĐ", "Chánh Văn phòng", Dates.min(start, draft.asOf));
    return new LabourContractRow(
        null, null, signing.number(), type, start, end, null, jobTitle, signing);
  }

  private static TrainingRow course(
      TrainingType type,
      LocalDate from,
      LocalDate to,
      String school,
      String field,
      TrainingMode mode,
      String qualification,
      String degree) {
    return new TrainingRow(
        null, null, type, from, to, school, field, mode, qualification, degree, null);
  }

  private static String bachelor(String field) {
    if (field.startsWith("Kiến trúc")) {
      return "Kiến trúc sư";
    }
    if (field.startsWith("Xây dựng")
        || field.startsWith("Kỹ thuật")
        || field.startsWith("Cấp thoát")
        || field.startsWith("Công nghệ")
        || field.startsWith("Khoa học máy")
        || field.startsWith("An toàn")) {
      return "Kỹ sư " + field;
    }
    return "Cử nhân " + field;
  }
}
