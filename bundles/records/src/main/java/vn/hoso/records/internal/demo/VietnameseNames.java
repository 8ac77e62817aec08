package vn.hoso.records.internal.demo;

import java.util.SplittableRandom;
import vn.hoso.api.record.Sex;

/**
 * Vietnamese names with realistic frequencies.
 *
 * <p>Family names follow the commonly cited shares of the population (Nguyễn about 38%, Trần 11%,
 * Lê 9.5%, Phạm 7%, then Hoàng, Huỳnh, Phan, Vũ, Võ, Đặng, Bùi, Đỗ, Hồ, Ngô, Dương, Lý and a tail
 * of rarer names); these are estimates, not census figures. People of the Tày, Nùng, Thái and Mường
 * groups get family names common in those groups. Middle names depend on sex and on the birth year:
 * "Văn" and "Thị" are most frequent among people born before 1980 and rarer after. Some given names
 * keep the old tone placement ("Hoà", "Thuý"), as older records write them.
 */
final class VietnameseNames {

  private static final Weighted<String> FAMILY =
      Weighted.ofPairs(
          "Nguyễn", 380, "Trần", 110, "Lê", 95, "Phạm", 71, "Hoàng", 31, "Huỳnh", 20, "Phan", 45,
          "Vũ", 22, "Võ", 17, "Đặng", 21, "Bùi", 20, "Đỗ", 14, "Hồ", 13, "Ngô", 13, "Dương", 10,
          "Lý", 5, "Đinh", 8, "Đào", 7, "Cao", 5, "Lương", 5, "Trương", 5, "Mai", 4, "Hà", 4, "Tạ",
          3, "Lưu", 3, "Phùng", 3, "Tô", 2, "Kiều", 2, "Chu", 3, "Thái", 2, "Lại", 2, "Triệu", 2,
          "Quách", 2, "Khuất", 1, "Nghiêm", 1, "Doãn", 1, "Văn", 1, "Âu", 1, "Tôn", 1);

  /** Family names frequent among the Tày, Nùng, Thái and Mường peoples. */
  private static final Weighted<String> FAMILY_MINORITY =
      Weighted.ofPairs(
          "Nông", 20, "Hoàng", 20, "Lò", 12, "Lục", 8, "Hà", 15, "Bế", 6, "Đinh", 10, "Quàng", 5,
          "Lường", 6, "Vi", 5, "Lộc", 5, "Ma", 4, "Triệu", 6, "Bạch", 3);

  private static final Weighted<String> MALE_MIDDLE_OLD =
      Weighted.ofPairs(
          "Văn",
          45,
          "Đức",
          8,
          "Hữu",
          7,
          "Minh",
          6,
          "Quang",
          5,
          "Công",
          5,
          "Xuân",
          4,
          "Đình",
          5,
          "Ngọc",
          4,
          "Thanh",
          4,
          "Mạnh",
          3,
          "Trọng",
          3,
          "Quốc",
          3,
          "Thế",
          3,
          "Tiến",
          2,
          "Việt",
          2,
          "Văn Minh",
          1,
          "Huy",
          1);

  private static final Weighted<String> MALE_MIDDLE_YOUNG =
      Weighted.ofPairs(
          "Văn", 18, "Đức", 10, "Minh", 12, "Quang", 7, "Hoàng", 6, "Tuấn", 5, "Anh", 5, "Duy", 6,
          "Thành", 4, "Trung", 4, "Hữu", 4, "Công", 4, "Quốc", 5, "Việt", 4, "Xuân", 3, "Ngọc", 3,
          "Gia", 3, "Bảo", 2, "Nhật", 2, "Đăng", 2, "Hải", 2);

  private static final Weighted<String> FEMALE_MIDDLE_OLD =
      Weighted.ofPairs(
          "Thị",
          60,
          "Thu",
          6,
          "Thanh",
          6,
          "Ngọc",
          5,
          "Minh",
          4,
          "Hồng",
          4,
          "Kim",
          4,
          "Bích",
          3,
          "Thị Thu",
          3,
          "Thị Minh",
          2,
          "Thị Kim",
          2,
          "Thúy",
          2,
          "Lan",
          1,
          "Mai",
          1,
          "Hải",
          1);

  private static final Weighted<String> FEMALE_MIDDLE_YOUNG =
      Weighted.ofPairs(
          "Thị",
          28,
          "Thu",
          8,
          "Thanh",
          7,
          "Ngọc",
          8,
          "Minh",
          6,
          "Thùy",
          6,
          "Hồng",
          4,
          "Phương",
          5,
          "Khánh",
          4,
          "Diệu",
          3,
          "Hải",
          3,
          "Bảo",
          3,
          "Hoài",
          2,
          "Quỳnh",
          2,
          "Mai",
          3,
          "Thị Thu",
          3,
          "Thị Ngọc",
          2,
          "Thị Hồng",
          2,
          "Kim",
          3,
          "Lan",
          2);

  private static final Weighted<String> MALE_GIVEN =
      Weighted.ofPairs(
          "Anh", 30, "Hùng", 25, "Dũng", 25, "Tuấn", 28, "Hải", 22, "Minh", 25, "Nam", 22, "Long",
          20, "Thắng", 18, "Hoàng", 14, "Sơn", 20, "Trung", 18, "Cường", 15, "Quang", 14, "Đức", 15,
          "Tùng", 14, "Thành", 18, "Phong", 12, "Hiếu", 12, "Khoa", 8, "Huy", 16, "Bình", 14, "Lâm",
          10, "Toàn", 10, "Việt", 10, "Hưng", 14, "Kiên", 10, "Tâm", 8, "Vinh", 10, "Lợi", 6,
          "Thịnh", 8, "Khánh", 8, "Hòa", 8, "Hoà", 3, "Quân", 12, "Duy", 10, "Đạt", 12, "Nghĩa", 8,
          "Tiến", 10, "Lực", 4, "Hiệp", 6, "Phúc", 8, "Thái", 6, "Tú", 6, "Chiến", 6, "Trường", 6,
          "Giang", 5, "An", 10, "Khải", 4, "Định", 4);

  private static final Weighted<String> FEMALE_GIVEN =
      Weighted.ofPairs(
          "Anh", 28, "Linh", 26, "Hương", 25, "Hà", 22, "Lan", 20, "Trang", 26, "Thảo", 22, "Hằng",
          20, "Hoa", 18, "Mai", 18, "Nga", 15, "Phương", 20, "Thủy", 16, "Thuỷ", 4, "Hạnh", 15,
          "Yến", 12, "Nhung", 12, "Huyền", 16, "Ngọc", 12, "Dung", 12, "Loan", 10, "Vân", 12,
          "Thúy", 10, "Thuý", 3, "Oanh", 8, "Hiền", 12, "Liên", 10, "Quỳnh", 12, "Giang", 10,
          "Châu", 6, "Nhi", 6, "Vy", 5, "Tâm", 6, "Hòa", 5, "Hoà", 2, "Tuyết", 6, "Xuân", 6, "Ly",
          8, "Thu", 10, "Diệp", 4, "Uyên", 6, "My", 5, "Nhàn", 5, "Lệ", 4, "Hậu", 4, "Bích", 4,
          "Hồng", 8);

  private VietnameseNames() {}

  /** Returns a family name; {@code minority} picks from the names of the northern minorities. */
  static String familyName(SplittableRandom random, boolean minority) {
    return minority ? FAMILY_MINORITY.pick(random) : FAMILY.pick(random);
  }

  /** Returns a middle name (tên đệm) typical of the sex and the birth year. */
  static String middleName(SplittableRandom random, Sex sex, int birthYear) {
    boolean older = birthYear < 1980;
    if (sex == Sex.MALE) {
      return older ? MALE_MIDDLE_OLD.pick(random) : MALE_MIDDLE_YOUNG.pick(random);
    }
    return older ? FEMALE_MIDDLE_OLD.pick(random) : FEMALE_MIDDLE_YOUNG.pick(random);
  }

  static String givenName(SplittableRandom random, Sex sex) {
    return sex == Sex.MALE ? MALE_GIVEN.pick(random) : FEMALE_GIVEN.pick(random);
  }

  /** Returns a full name of the sex born in the year, with the given family name. */
  static String fullName(SplittableRandom random, String familyName, Sex sex, int birthYear) {
    return familyName + " " + middleName(random, sex, birthYear) + " " + givenName(random, sex);
  }
}
