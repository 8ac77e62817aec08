package vn.hoso.records.internal.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The unit tree of the generated ministry, a fictional "Bộ Phát triển Đô thị": Văn phòng Bộ, Thanh
 * tra Bộ and five Vụ, three Cục with their phòng, the party committee, and four public service
 * units with their phòng, 44 units in all. Each unit states the work its staff do, its share of the
 * staff and its leadership posts.
 */
final class MinistryLayout {

  /** The work of a unit's staff, which decides their ranks, job positions and training. */
  enum Domain {
    /** Chuyên viên work: planning, legal, personnel, cooperation. */
    GENERAL,
    /** Văn thư: records and correspondence. */
    CLERICAL,
    /** Drivers, guards and service staff on labour contracts, with some chuyên viên. */
    SERVICES,
    /** Kế toán. */
    FINANCE,
    /** Thanh tra. */
    INSPECTION,
    /** The specialised work of a Cục. */
    SPECIALIST,
    /** Cán bộ of the party committee. */
    PARTY,
    /** Information technology, in a public service unit. */
    IT,
    /** Research, in a public service unit. */
    RESEARCH,
    /** Teaching, in a public service unit. */
    TEACHING,
    /** Editing, in a public service unit. */
    PRESS
  }

  /**
   * The allowance of a leadership post from a date: the code of {@code ref_leadership_allowance},
   * or null where that table has none, and the coefficient.
   */
  record Allowance(LocalDate from, String positionCode, BigDecimal coefficient) {}

  /**
   * A leadership post of a unit.
   *
   * @param title the post as decisions name it, for example "Phó Trưởng phòng"
   * @param count how many people hold it
   * @param minAge the youngest age of a holder today
   * @param maxAge the oldest age of a holder today, before the retirement age caps it
   * @param minLevel the lowest rank level of a holder (0 B or A0, 1 A1, 2 A2, 3 A3)
   * @param allowances the allowance in force from each date, oldest first
   */
  record Post(
      String title, int count, int minAge, int maxAge, int minLevel, List<Allowance> allowances) {

    /** Returns the allowance in force on the date, or the oldest one before all of them. */
    Allowance allowanceOn(LocalDate date) {
      Allowance chosen = allowances.get(0);
      for (Allowance allowance : allowances) {
        if (!allowance.from().isAfter(date)) {
          chosen = allowance;
        }
      }
      return chosen;
    }
  }

  /**
   * A unit of the template.
   *
   * @param code the code below the ministry's code, empty for the ministry itself, for example
   *     {@code VP.TH}
   * @param name the unit's name
   * @param kindCode the code of {@code ref_unit_kind}
   * @param domain the work of its staff
   * @param publicService whether it is or belongs to a public service unit, whose staff are viên
   *     chức
   * @param area the field of its work as job position names write it, for example "quản lý nhà ở"
   * @param staffWeight its share of the staff who hold no post
   * @param active false for a unit that was dissolved but still has people on its rolls
   * @param posts its leadership posts
   */
  record UnitTemplate(
      String code,
      String name,
      String kindCode,
      Domain domain,
      boolean publicService,
      String area,
      int staffWeight,
      boolean active,
      List<Post> posts) {

    /** Returns the code of the unit above, "" for the ministry itself, or null for the ministry. */
    String parentCode() {
      if (code.isEmpty()) {
        return null;
      }
      int dot = code.lastIndexOf('.');
      return dot < 0 ? "" : code.substring(0, dot);
    }
  }

  static final String MINISTRY_NAME = "Bộ Phát triển Đô thị";
  static final String MINISTRY_CODE = "BPTDT";

  /** The day Nghị định 07/2026/NĐ-CP gave the posts of a Cục their own allowances. */
  private static final LocalDate CUC_ALLOWANCES_FROM = LocalDate.of(2026, 1, 10);

  private static final LocalDate DECREE_204_FROM = LocalDate.of(2004, 10, 1);

  static final List<UnitTemplate> UNITS = units();

  private MinistryLayout() {}

  private static List<UnitTemplate> units() {
    List<UnitTemplate> units = new ArrayList<>();
    units.add(
        agency(
            "",
            MINISTRY_NAME,
            "BO",
            Domain.GENERAL,
            "tổng hợp",
            0,
            post("Thứ trưởng", 4, 48, 62, 3, "BO.THU_TRUONG", "1.30")));

    units.add(
        agency(
            "VP",
            "Văn phòng Bộ",
            "VAN_PHONG",
            Domain.GENERAL,
            "tổng hợp",
            0,
            post("Chánh Văn phòng", 1, 45, 60, 3, "BO.CHANH_VAN_PHONG", "1.00"),
            post("Phó Chánh Văn phòng", 3, 40, 58, 2, null, "0.80")));
    units.add(ministryPhong("VP.TH", "Phòng Tổng hợp", Domain.GENERAL, "tổng hợp", 25));
    units.add(
        ministryPhong(
            "VP.HCVT", "Phòng Hành chính - Văn thư", Domain.CLERICAL, "văn thư, lưu trữ", 25));
    units.add(ministryPhong("VP.QT", "Phòng Quản trị", Domain.SERVICES, "quản trị", 40));
    units.add(ministryPhong("VP.TV", "Phòng Tài vụ", Domain.FINANCE, "kế toán", 12));

    units.add(
        agency(
            "TTR",
            "Thanh tra Bộ",
            "THANH_TRA",
            Domain.INSPECTION,
            "thanh tra",
            0,
            post("Chánh Thanh tra", 1, 45, 60, 3, null, "1.00"),
            post("Phó Chánh Thanh tra", 3, 40, 58, 2, null, "0.80")));
    units.add(
        ministryPhong("TTR.HC", "Phòng Thanh tra hành chính", Domain.INSPECTION, "thanh tra", 15));
    units.add(
        ministryPhong(
            "TTR.CN", "Phòng Thanh tra chuyên ngành", Domain.INSPECTION, "thanh tra", 18));
    units.add(
        ministryPhong(
            "TTR.TCD",
            "Phòng Tiếp công dân và Xử lý đơn thư",
            Domain.INSPECTION,
            "tiếp công dân, xử lý đơn thư",
            12));

    units.add(vu("TCCB", "Vụ Tổ chức cán bộ", Domain.GENERAL, "tổ chức cán bộ", 30));
    units.add(vu("KHTC", "Vụ Kế hoạch - Tài chính", Domain.FINANCE, "kế hoạch, tài chính", 32));
    units.add(vu("PC", "Vụ Pháp chế", Domain.GENERAL, "pháp chế", 22));
    units.add(vu("HTQT", "Vụ Hợp tác quốc tế", Domain.GENERAL, "hợp tác quốc tế", 20));
    units.add(
        vu(
            "KHCN",
            "Vụ Khoa học, Công nghệ và Môi trường",
            Domain.GENERAL,
            "khoa học, công nghệ",
            24));

    addCuc(
        units,
        "QLN",
        "Cục Quản lý nhà ở và thị trường bất động sản",
        1,
        "quản lý nhà ở",
        new String[][] {
          {"NO", "Phòng Quản lý nhà ở", "50"},
          {"TT", "Phòng Quản lý thị trường bất động sản", "45"},
          {"XH", "Phòng Chính sách nhà ở xã hội", "40"}
        });
    addCuc(
        units,
        "HTKT",
        "Cục Hạ tầng kỹ thuật",
        2,
        "hạ tầng kỹ thuật",
        new String[][] {
          {"CTN", "Phòng Cấp, thoát nước", "40"},
          {"GT", "Phòng Giao thông đô thị", "40"},
          {"MT", "Phòng Chất thải rắn và Môi trường", "35"}
        });
    addCuc(
        units,
        "GD",
        "Cục Giám định chất lượng công trình",
        2,
        "giám định chất lượng công trình",
        new String[][] {
          {"GD1", "Phòng Giám định 1", "40"},
          {"GD2", "Phòng Giám định 2", "40"},
          {"CL", "Phòng Quản lý chất lượng", "35"}
        });

    units.add(
        new UnitTemplate(
            "DU",
            "Đảng ủy cơ quan Bộ",
            "KHAC",
            Domain.PARTY,
            false,
            "công tác đảng",
            12,
            true,
            List.of()));

    units.add(
        serviceUnit(
            "CNTT",
            "Trung tâm Công nghệ thông tin",
            Domain.IT,
            "công nghệ thông tin",
            0,
            "Giám đốc",
            "Phó Giám đốc"));
    units.add(
        servicePhong("CNTT.PM", "Phòng Phát triển phần mềm", Domain.IT, "công nghệ thông tin", 35));
    units.add(
        servicePhong(
            "CNTT.HT", "Phòng Hạ tầng và An toàn thông tin", Domain.IT, "an toàn thông tin", 30));

    units.add(
        serviceUnit(
            "VQH",
            "Viện Quy hoạch đô thị và nông thôn",
            Domain.RESEARCH,
            "quy hoạch",
            0,
            "Viện trưởng",
            "Phó Viện trưởng"));
    units.add(
        servicePhong("VQH.QHV", "Phòng Quy hoạch vùng", Domain.RESEARCH, "quy hoạch vùng", 55));
    units.add(
        servicePhong("VQH.QHD", "Phòng Quy hoạch đô thị", Domain.RESEARCH, "quy hoạch đô thị", 60));
    units.add(
        servicePhong(
            "VQH.HC", "Phòng Hành chính - Tổng hợp", Domain.GENERAL, "hành chính, tổng hợp", 30));

    units.add(
        serviceUnit(
            "TRUONG",
            "Trường Cán bộ quản lý đô thị",
            Domain.TEACHING,
            "đào tạo, bồi dưỡng",
            0,
            "Hiệu trưởng",
            "Phó Hiệu trưởng"));
    units.add(khoa("TRUONG.KQL", "Khoa Quản lý đô thị", "quản lý đô thị", 45));
    units.add(khoa("TRUONG.KKT", "Khoa Kinh tế đô thị", "kinh tế đô thị", 40));
    units.add(servicePhong("TRUONG.DT", "Phòng Đào tạo", Domain.GENERAL, "quản lý đào tạo", 25));

    units.add(
        serviceUnit(
            "TC",
            "Tạp chí Đô thị",
            Domain.PRESS,
            "báo chí, xuất bản",
            28,
            "Tổng Biên tập",
            "Phó Tổng Biên tập"));

    // Merged into the Trung tâm Công nghệ thông tin in 2025; kept inactive for its history.
    units.add(
        new UnitTemplate(
            "TTTT",
            "Trung tâm Thông tin",
            "DON_VI_SU_NGHIEP",
            Domain.IT,
            true,
            "thông tin",
            0,
            false,
            List.of()));
    return List.copyOf(units);
  }

  private static UnitTemplate agency(
      String code,
      String name,
      String kind,
      Domain domain,
      String area,
      int weight,
      Post... posts) {
    return new UnitTemplate(code, name, kind, domain, false, area, weight, true, List.of(posts));
  }

  private static UnitTemplate vu(String code, String name, Domain domain, String area, int weight) {
    return agency(
        code,
        name,
        "VU",
        domain,
        area,
        weight,
        post("Vụ trưởng", 1, 45, 60, 3, "BO.VU_TRUONG", "1.00"),
        post("Phó Vụ trưởng", 3, 38, 58, 2, "BO.PHO_VU_TRUONG", "0.80"));
  }

  private static UnitTemplate ministryPhong(
      String code, String name, Domain domain, String area, int weight) {
    return agency(
        code,
        name,
        "PHONG",
        domain,
        area,
        weight,
        post("Trưởng phòng", 1, 38, 58, 2, "BO.TRUONG_PHONG", "0.60"),
        post("Phó Trưởng phòng", 3, 33, 56, 1, "BO.PHO_TRUONG_PHONG", "0.40"));
  }

  /** Adds a Cục, its office and its phòng. The Cục's class decides its posts' allowances. */
  private static void addCuc(
      List<UnitTemplate> units,
      String code,
      String name,
      int cucClass,
      String area,
      String[][] phong) {
    String prefix = "CUC" + cucClass + ".";
    boolean first = cucClass == 1;
    units.add(
        agency(
            code,
            name,
            "CUC",
            Domain.SPECIALIST,
            area,
            0,
            cucPost(
                "Cục trưởng", 1, 45, 60, 3, "1.00", prefix + "CUC_TRUONG", first ? "1.10" : "1.00"),
            cucPost(
                "Phó Cục trưởng",
                4,
                40,
                58,
                2,
                "0.80",
                prefix + "PHO_CUC_TRUONG",
                first ? "0.90" : "0.80")));
    units.add(
        agency(
            code + ".VP",
            "Văn phòng Cục",
            "PHONG",
            Domain.SERVICES,
            "hành chính, tổng hợp",
            35,
            cucPost(
                "Chánh Văn phòng",
                1,
                38,
                58,
                2,
                "0.60",
                prefix + "TRUONG_PHONG",
                first ? "0.70" : "0.60"),
            cucPost(
                "Phó Chánh Văn phòng",
                2,
                33,
                56,
                1,
                "0.40",
                prefix + "PHO_TRUONG_PHONG",
                first ? "0.50" : "0.40")));
    for (String[] p : phong) {
      units.add(
          agency(
              code + "." + p[0],
              p[1],
              "PHONG",
              Domain.SPECIALIST,
              area,
              Integer.parseInt(p[2]),
              cucPost(
                  "Trưởng phòng",
                  1,
                  38,
                  58,
                  2,
                  "0.60",
                  prefix + "TRUONG_PHONG",
                  first ? "0.70" : "0.60"),
              cucPost(
                  "Phó Trưởng phòng",
                  3,
                  33,
                  56,
                  1,
                  "0.40",
                  prefix + "PHO_TRUONG_PHONG",
                  first ? "0.50" : "0.40")));
    }
  }

  private static UnitTemplate serviceUnit(
      String code,
      String name,
      Domain domain,
      String area,
      int weight,
      String head,
      String deputy) {
    return new UnitTemplate(
        code,
        name,
        "DON_VI_SU_NGHIEP",
        domain,
        true,
        area,
        weight,
        true,
        List.of(post(head, 1, 45, 60, 3, null, "0.80"), post(deputy, 2, 40, 58, 2, null, "0.60")));
  }

  private static UnitTemplate servicePhong(
      String code, String name, Domain domain, String area, int weight) {
    return new UnitTemplate(
        code,
        name,
        "PHONG",
        domain,
        true,
        area,
        weight,
        true,
        List.of(
            post("Trưởng phòng", 1, 38, 58, 2, null, "0.50"),
            post("Phó Trưởng phòng", 2, 33, 56, 1, null, "0.30")));
  }

  private static UnitTemplate khoa(String code, String name, String area, int weight) {
    return new UnitTemplate(
        code,
        name,
        "PHONG",
        Domain.TEACHING,
        true,
        area,
        weight,
        true,
        List.of(
            post("Trưởng khoa", 1, 40, 58, 2, null, "0.50"),
            post("Phó Trưởng khoa", 2, 35, 56, 1, null, "0.30")));
  }

  private static Post post(
      String title,
      int count,
      int minAge,
      int maxAge,
      int minLevel,
      String code,
      String allowance) {
    return new Post(
        title,
        count,
        minAge,
        maxAge,
        minLevel,
        List.of(new Allowance(DECREE_204_FROM, code, new BigDecimal(allowance))));
  }

  /**
   * Returns a post of a Cục: before 10/01/2026 without a code of the allowance table, which had
   * none for a Cục, and from then on with the code of Nghị định 07/2026/NĐ-CP.
   */
  private static Post cucPost(
      String title,
      int count,
      int minAge,
      int maxAge,
      int minLevel,
      String allowanceBefore,
      String code,
      String allowance) {
    return new Post(
        title,
        count,
        minAge,
        maxAge,
        minLevel,
        List.of(
            new Allowance(DECREE_204_FROM, null, new BigDecimal(allowanceBefore)),
            new Allowance(CUC_ALLOWANCES_FROM, code, new BigDecimal(allowance))));
  }
}
