package vn.hoso.records.internal.demo;

import java.util.ArrayList;
import java.util.List;
import vn.hoso.records.internal.demo.MinistryLayout.Domain;

/**
 * The ranks a person climbs in one line of work, from level 0 (salary type B or A0) to level 3
 * (A3). Civil servants hold ranks of {@code ref_rank}, each paid on the salary type that table
 * gives it. Public employees hold professional titles paid on salary table 3, which {@code
 * ref_rank} does not list yet, so their rows carry the table and type without a rank code.
 */
record RankLadder(List<Rung> rungs) {

  /**
   * One level of a ladder.
   *
   * @param rankCode the rank code, or null for a professional title outside {@code ref_rank}
   * @param type the salary table and type it is paid on
   * @param title the rank or title, as job positions and work history write it
   */
  record Rung(String rankCode, SalaryScales.Type type, String title) {}

  RankLadder {
    rungs = List.copyOf(rungs);
  }

  /** Returns the rung of a level, or the top rung when the ladder stops below the level. */
  Rung at(int level) {
    return rungs.get(Math.min(level, top()));
  }

  /** Returns the highest level the ladder has. */
  int top() {
    return rungs.size() - 1;
  }

  /** Returns the ladder of a unit's line of work; public service units pay on table 3. */
  static RankLadder of(Domain domain, boolean publicService, SalaryScales scales) {
    if (publicService) {
      return switch (domain) {
        case IT ->
            titles(
                scales,
                "B",
                "Công nghệ thông tin hạng IV",
                "A1",
                "Công nghệ thông tin hạng III",
                "A2.1",
                "Công nghệ thông tin hạng II",
                "A3.1",
                "Công nghệ thông tin hạng I");
        case RESEARCH ->
            titles(
                scales,
                "B",
                "Trợ lý nghiên cứu",
                "A1",
                "Nghiên cứu viên",
                "A2.1",
                "Nghiên cứu viên chính",
                "A3.1",
                "Nghiên cứu viên cao cấp");
        case TEACHING ->
            titles(
                scales,
                "A0",
                "Trợ giảng",
                "A1",
                "Giảng viên",
                "A2.1",
                "Giảng viên chính",
                "A3.1",
                "Giảng viên cao cấp");
        case PRESS ->
            titles(
                scales,
                "B",
                "Biên tập viên hạng IV",
                "A1",
                "Biên tập viên hạng III",
                "A2.1",
                "Biên tập viên hạng II",
                "A3.1",
                "Biên tập viên hạng I");
        default -> titles(scales, "A0", "Cán sự", "A1", "Chuyên viên", "A2.1", "Chuyên viên chính");
      };
    }
    return switch (domain) {
      case CLERICAL ->
          ranks(
              scales,
              "02.008",
              "Văn thư viên trung cấp",
              "02.007",
              "Văn thư viên",
              "02.006",
              "Văn thư viên chính");
      case FINANCE ->
          ranks(
              scales,
              "06.032",
              "Kế toán viên trung cấp",
              "06.031",
              "Kế toán viên",
              "06.030",
              "Kế toán viên chính",
              "06.029",
              "Kế toán viên cao cấp");
      case INSPECTION ->
          ranks(
              scales,
              "01.004",
              "Cán sự",
              "04.025",
              "Thanh tra viên",
              "04.024",
              "Thanh tra viên chính",
              "04.023",
              "Thanh tra viên cao cấp");
      default ->
          ranks(
              scales,
              "01.004",
              "Cán sự",
              "01.003",
              "Chuyên viên",
              "01.002",
              "Chuyên viên chính",
              "01.001",
              "Chuyên viên cao cấp");
    };
  }

  /** Returns a ladder of civil servant ranks, given as codes and names. */
  private static RankLadder ranks(SalaryScales scales, String... codesAndTitles) {
    List<Rung> rungs = new ArrayList<>();
    for (int i = 0; i < codesAndTitles.length; i += 2) {
      String code = codesAndTitles[i];
      rungs.add(new Rung(code, scales.rankType(code), codesAndTitles[i + 1]));
    }
    return new RankLadder(rungs);
  }

  /** Returns a ladder of professional titles of table 3, given as salary types and titles. */
  private static RankLadder titles(SalaryScales scales, String... typesAndTitles) {
    List<Rung> rungs = new ArrayList<>();
    for (int i = 0; i < typesAndTitles.length; i += 2) {
      rungs.add(new Rung(null, scales.type("3", typesAndTitles[i]), typesAndTitles[i + 1]));
    }
    return new RankLadder(rungs);
  }
}
