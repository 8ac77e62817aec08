package vn.hoso.records.internal.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.SplittableRandom;
import vn.hoso.api.personnel.PersonData;
import vn.hoso.api.personnel.history.RetirementAdjustmentRow;
import vn.hoso.api.record.PartialDate;
import vn.hoso.api.record.PersonCategory;
import vn.hoso.api.record.RetirementAdjustmentKind;
import vn.hoso.api.record.Sex;
import vn.hoso.records.internal.demo.MinistryLayout.Domain;
import vn.hoso.records.internal.demo.MinistryLayout.Post;
import vn.hoso.records.internal.demo.MinistryLayout.UnitTemplate;

/** Creates one generated person with every history table, from a random stream of their own. */
final class PersonFactory {

  /** The day identity cards started to be issued by the Ministry of Public Security itself. */
  private static final LocalDate CAN_CUOC_FROM = LocalDate.of(2024, 7, 1);

  private static final Weighted<String> RELIGIONS =
      Weighted.ofPairs("00", 850, "01", 90, "02", 50, "03", 5, "04", 5);

  private static final Weighted<String> BLOOD_TYPES =
      Weighted.ofPairs("O+", 42, "B+", 31, "A+", 21, "AB+", 6);

  private static final List<String[]> WORKER_JOBS =
      List.of(
          new String[] {"Lái xe", "M"},
          new String[] {"Bảo vệ", "M"},
          new String[] {"Nhân viên phục vụ", "F"},
          new String[] {"Nhân viên kỹ thuật điện, nước", "M"},
          new String[] {"Nhân viên tạp vụ", "F"});

  private final LocalDate asOf;
  private final IdentityNumberPool identities;
  private final Career career;

  PersonFactory(SalaryScales scales, LocalDate asOf, IdentityNumberPool identities) {
    this.asOf = asOf;
    this.identities = identities;
    this.career = new Career(scales);
  }

  /**
   * Creates a person of the unit.
   *
   * @param post the leadership post the person holds, or null for staff
   */
  GeneratedPerson create(int index, long seed, UnitContext unit, Post post) {
    PersonDraft draft = new PersonDraft(index, new SplittableRandom(seed), unit, post, asOf);
    UnitTemplate template = unit.template();
    draft.category = category(draft, template);
    if (draft.isWorker()) {
      String[] job = draft.pick(WORKER_JOBS);
      draft.jobPosition = job[0];
      // Nine in ten holders of a job have its usual sex.
      boolean usual = draft.chance(0.9);
      boolean male = job[1].equals("M") ? usual : !usual;
      draft.sex = male ? Sex.MALE : Sex.FEMALE;
    } else {
      draft.sex = draft.chance(maleShare(draft, template)) ? Sex.MALE : Sex.FEMALE;
    }
    PartialDate birthDate = birthDate(draft);
    draft.birth = birthDate.value();
    draft.retirement = RetirementAges.moment(draft.birth, draft.sex, 0);
    origin(draft);

    Biography.militaryService(draft);
    career.plan(draft);
    laterRetirement(draft);
    Performance.ratingsAndDiscipline(draft);
    career.salary(draft);
    Leadership.currentPost(draft);
    Biography.training(draft);
    Biography.memberships(draft);
    Family.relations(draft);
    Performance.awards(draft);
    RankLadder.Rung firstRung = draft.ladder.at(draft.levelDates.firstKey());
    if (!draft.isWorker()) {
      draft.jobPosition = jobPosition(draft, template);
    }
    var workHistory =
        Biography.workHistory(draft, draft.isWorker() ? draft.jobPosition : firstRung.title());
    if (draft.isWorker()) {
      Biography.labourContracts(draft, draft.jobPosition);
    }

    PersonData data = personData(draft, birthDate, firstRung);
    return new GeneratedPerson(
        index,
        unit.code(),
        data,
        draft.salary,
        draft.terms,
        workHistory,
        draft.training,
        draft.awards,
        draft.discipline,
        Performance.evaluations(draft),
        draft.nonCounted,
        draft.family,
        draft.memberships,
        draft.military,
        draft.contracts,
        draft.retirementAdjustments);
  }

  private static PersonCategory category(PersonDraft draft, UnitTemplate unit) {
    if (unit.domain() == Domain.PARTY) {
      return PersonCategory.CAN_BO;
    }
    if (draft.post == null) {
      double workers = unit.domain() == Domain.SERVICES ? 0.55 : unit.publicService() ? 0.08 : 0;
      if (draft.chance(workers)) {
        return PersonCategory.NGUOI_LAO_DONG;
      }
    }
    return unit.publicService() ? PersonCategory.VIEN_CHUC : PersonCategory.CONG_CHUC;
  }

  private static double maleShare(PersonDraft draft, UnitTemplate unit) {
    if (draft.post != null) {
      return 0.7;
    }
    return switch (unit.domain()) {
      case CLERICAL, FINANCE -> 0.3;
      case SPECIALIST, IT, INSPECTION -> 0.6;
      default -> 0.5;
    };
  }

  /**
   * Draws an age below the retirement age and a birth date. Older records more often know only the
   * year or the month of the birth.
   */
  private PartialDate birthDate(PersonDraft draft) {
    for (int attempt = 0; ; attempt++) {
      int age;
      if (draft.post != null) {
        age =
            draft.post.minAge()
                + draft.random.nextInt(draft.post.maxAge() - draft.post.minAge() + 1);
      } else {
        age = staffAge(draft.random);
      }
      LocalDate birth = asOf.minusYears(age).minusDays(draft.random.nextInt(365));
      PartialDate date;
      double roll = draft.random.nextDouble();
      boolean old = birth.getYear() < 1975;
      if (roll < (old ? 0.06 : 0.01)) {
        date = PartialDate.ofYear(birth.getYear());
      } else if (roll < (old ? 0.11 : 0.02)) {
        date = PartialDate.ofMonth(YearMonth.from(birth));
      } else {
        date = PartialDate.ofDay(birth);
      }
      LocalDate retirement = RetirementAges.moment(date.value(), draft.sex, 0);
      if (retirement.isAfter(asOf) || attempt > 50) {
        return date;
      }
    }
  }

  /** Returns an age from 22 to 62, most often between 30 and 50. */
  private static int staffAge(SplittableRandom random) {
    double roll = random.nextDouble();
    if (roll < 0.05) {
      return 22 + random.nextInt(3);
    }
    if (roll < 0.20) {
      return 25 + random.nextInt(5);
    }
    if (roll < 0.52) {
      return 30 + random.nextInt(10);
    }
    if (roll < 0.80) {
      return 40 + random.nextInt(10);
    }
    if (roll < 0.92) {
      return 50 + random.nextInt(5);
    }
    return 55 + random.nextInt(8);
  }

  private static void origin(PersonDraft draft) {
    draft.birthProvince = Provinces.pick(draft.random);
    List<String> groups = draft.birthProvince.ethnicGroups();
    boolean minority = !groups.isEmpty() && draft.chance(0.5);
    draft.ethnicityCode =
        minority ? groups.get(Math.min(draft.random.nextInt(3), groups.size() - 1)) : "01";
    boolean northernMinority =
        minority && List.of("02", "03", "06", "07").contains(draft.ethnicityCode);
    draft.familyName = VietnameseNames.familyName(draft.random, northernMinority);
    draft.fullName =
        draft.familyName
            + " "
            + VietnameseNames.middleName(draft.random, draft.sex, draft.birth.getYear())
            + " "
            + VietnameseNames.givenName(draft.random, draft.sex);
  }

  /**
   * Gives a few holders of a doctorate the later retirement of high expertise (Nghị định
   * 135/2020/NĐ-CP Art. 6).
   */
  private static void laterRetirement(PersonDraft draft) {
    boolean expert = draft.level() >= 2 && !draft.isWorker();
    if (!expert || draft.sex != Sex.FEMALE || !draft.chance(0.04)) {
      return;
    }
    draft.laterRetirementMonths = 60;
    draft.qualification = "TIEN_SI";
    draft.retirement = RetirementAges.moment(draft.birth, draft.sex, 60);
    draft.retirementAdjustments.add(
        new RetirementAdjustmentRow(
            null,
            null,
            RetirementAdjustmentKind.LATER,
            60,
            "Nghị định 135/2020/NĐ-CP, Điều 6",
            null));
  }

  private static String jobPosition(PersonDraft draft, UnitTemplate unit) {
    if (draft.post != null) {
      return draft.post.title();
    }
    String title = draft.ladder.at(draft.level()).title();
    if (unit.publicService()) {
      return title;
    }
    return switch (unit.domain()) {
      case CLERICAL, FINANCE, INSPECTION -> title;
      default -> title + " về " + unit.area();
    };
  }

  private PersonData personData(
      PersonDraft draft, PartialDate birthDate, RankLadder.Rung firstRung) {
    SplittableRandom random = draft.random;
    boolean legacy = draft.chance(draft.ageOn(asOf) >= 50 ? 0.04 : 0.01);
    String identity;
    LocalDate issuedOn;
    String issuedBy;
    if (legacy) {
      identity = identities.legacy(random, draft.birthProvince.code().equals("001"));
      issuedOn =
          Dates.between(
              random,
              Dates.max(draft.birth.plusYears(14), LocalDate.of(1995, 1, 1)),
              LocalDate.of(2015, 12, 31));
      issuedBy =
          "Công an "
              + (draft.birthProvince.code().equals("001") ? "thành phố " : "tỉnh ")
              + draft.birthProvince.name();
    } else {
      identity =
          identities.personal(random, draft.birthProvince.code(), draft.sex, birthDate.value());
      issuedOn =
          Dates.between(
              random,
              Dates.max(draft.birth.plusYears(14), LocalDate.of(2016, 1, 1)),
              asOf.minusDays(1));
      issuedBy =
          issuedOn.isBefore(CAN_CUOC_FROM)
              ? "Cục Cảnh sát quản lý hành chính về trật tự xã hội"
              : "Bộ Công an";
    }
    boolean livesInHanoi = draft.chance(0.7);
    String homeTown = Provinces.place(random, draft.birthProvince);
    String generalEducation = draft.birth.getYear() < 1975 && draft.chance(0.4) ? "10/10" : "12/12";
    boolean male = draft.sex == Sex.MALE;
    Integer height = null;
    if (draft.chance(0.8)) {
      height = male ? 160 + random.nextInt(19) : 150 + random.nextInt(16);
    }
    Integer weight = height == null ? null : height - 105 + random.nextInt(15);
    LocalDate notice = retirementNotice(draft);
    String mainDuties =
        draft.post != null
            ? (draft.post.title().startsWith("Phó")
                ? "Giúp người đứng đầu phụ trách một số lĩnh vực công tác"
                : "Phụ trách chung")
            : draft.chance(0.5) ? "Tham mưu về " + draft.unit.template().area() : null;
    String concurrent =
        draft.post != null && draft.partyMember && draft.chance(0.25) ? "Bí thư Chi bộ" : null;

    return PersonData.builder()
        .category(draft.category)
        .fullName(draft.fullName)
        .birthDate(birthDate)
        .sex(draft.sex)
        .birthPlace(draft.chance(0.8) ? homeTown : Provinces.place(random, draft.birthProvince))
        .homeTown(homeTown)
        .ethnicityCode(draft.ethnicityCode)
        .religionCode(RELIGIONS.pick(random))
        .identityNumber(identity)
        .identityIssuedOn(issuedOn)
        .identityIssuedBy(issuedBy)
        .socialInsuranceNumber("01" + String.format("%08d", random.nextInt(100_000_000)))
        .jobPosition(draft.jobPosition)
        .currentPosition(draft.post == null ? null : draft.post.title())
        .concurrentPositions(concurrent)
        .mainDuties(mainDuties)
        .permanentAddress(livesInHanoi ? Provinces.hanoiAddress(random) : homeTown)
        .currentAddress(Provinces.hanoiAddress(random))
        .occupationAtRecruitment(draft.isWorker() ? draft.jobPosition : firstRung.title())
        .recruitmentDate(draft.recruitment)
        .recruitmentAgency(draft.unit.ministryName())
        .generalEducation(generalEducation)
        .qualificationCode(draft.qualification)
        .qualificationField(draft.qualificationField)
        .politicalTheoryCode(draft.politicalTheory)
        .stateManagementCode(draft.stateManagement)
        .foreignLanguages(
            draft.isWorker()
                ? null
                : draft.pick(
                    List.of(
                        "Tiếng Anh B1",
                        "Tiếng Anh B1",
                        "Tiếng Anh B2",
                        "Tiếng Anh C",
                        "Tiếng Pháp B")))
        .itSkills(draft.isWorker() ? null : "Chứng chỉ ứng dụng công nghệ thông tin cơ bản")
        .healthStatus(draft.chance(0.85) ? "Tốt" : "Bình thường")
        .heightCm(height)
        .weightKg(weight)
        .bloodType(draft.chance(0.7) ? BLOOD_TYPES.pick(random) : null)
        .policyFamily(draft.chance(0.01) ? "Con thương binh" : null)
        .retirementNoticeDate(notice)
        .build();
  }

  /**
   * Returns the date of the written retirement notice, six months and a few days before the
   * retirement. Three in four people who retire within six months of the reference date have one;
   * for everyone else it is null.
   */
  private LocalDate retirementNotice(PersonDraft draft) {
    LocalDate notice = draft.retirement.minusMonths(6).minusDays(draft.random.nextInt(15));
    if (notice.isAfter(asOf) || draft.retirement.isBefore(asOf) || !draft.chance(0.75)) {
      return null;
    }
    return notice;
  }
}
