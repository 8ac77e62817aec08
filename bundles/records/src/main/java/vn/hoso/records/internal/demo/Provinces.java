package vn.hoso.records.internal.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The 63 provinces as birth places and home towns, with the code that the first three digits of a
 * personal identification number give for the place of birth registration (Thông tư 07/2016/TT-BCA,
 * the codes 001 to 096). The names are those before the provinces were merged in 2025, because old
 * records and identity numbers keep them.
 */
final class Provinces {

  /**
   * One province.
   *
   * @param code the three-digit code of identity numbers
   * @param name the name as records write it, for example "Nam Định"
   * @param weight how often people of a ministry in Hà Nội come from it, relative to the others
   * @param ethnicGroups codes of the ethnic groups other than Kinh that the generator gives half
   *     the people born there, most common first. It is empty where everyone is Kinh.
   */
  record Province(String code, String name, int weight, List<String> ethnicGroups) {}

  static final List<Province> ALL =
      List.of(
          new Province("001", "Hà Nội", 300, List.of()),
          new Province("002", "Hà Giang", 3, List.of("08", "02", "09")),
          new Province("004", "Cao Bằng", 6, List.of("02", "07")),
          new Province("006", "Bắc Kạn", 3, List.of("02", "09")),
          new Province("008", "Tuyên Quang", 5, List.of("02", "09")),
          new Province("010", "Lào Cai", 3, List.of("08", "02")),
          new Province("011", "Điện Biên", 2, List.of("03", "08")),
          new Province("012", "Lai Châu", 2, List.of("03", "08")),
          new Province("014", "Sơn La", 5, List.of("03", "06")),
          new Province("015", "Yên Bái", 4, List.of("02", "09")),
          new Province("017", "Hòa Bình", 8, List.of("06")),
          new Province("019", "Thái Nguyên", 14, List.of("02", "07")),
          new Province("020", "Lạng Sơn", 7, List.of("07", "02")),
          new Province("022", "Quảng Ninh", 10, List.of()),
          new Province("024", "Bắc Giang", 12, List.of()),
          new Province("025", "Phú Thọ", 20, List.of("06")),
          new Province("026", "Vĩnh Phúc", 16, List.of()),
          new Province("027", "Bắc Ninh", 18, List.of()),
          new Province("030", "Hải Dương", 24, List.of()),
          new Province("031", "Hải Phòng", 18, List.of()),
          new Province("033", "Hưng Yên", 18, List.of()),
          new Province("034", "Thái Bình", 40, List.of()),
          new Province("035", "Hà Nam", 18, List.of()),
          new Province("036", "Nam Định", 42, List.of()),
          new Province("037", "Ninh Bình", 18, List.of()),
          new Province("038", "Thanh Hóa", 40, List.of("06", "03")),
          new Province("040", "Nghệ An", 44, List.of("03")),
          new Province("042", "Hà Tĩnh", 30, List.of()),
          new Province("044", "Quảng Bình", 10, List.of()),
          new Province("045", "Quảng Trị", 6, List.of()),
          new Province("046", "Thừa Thiên Huế", 8, List.of()),
          new Province("048", "Đà Nẵng", 5, List.of()),
          new Province("049", "Quảng Nam", 5, List.of()),
          new Province("051", "Quảng Ngãi", 4, List.of()),
          new Province("052", "Bình Định", 4, List.of()),
          new Province("054", "Phú Yên", 2, List.of()),
          new Province("056", "Khánh Hòa", 2, List.of()),
          new Province("058", "Ninh Thuận", 1, List.of("17")),
          new Province("060", "Bình Thuận", 1, List.of()),
          new Province("062", "Kon Tum", 1, List.of("14")),
          new Province("064", "Gia Lai", 1, List.of("10", "13")),
          new Province("066", "Đắk Lắk", 2, List.of("12")),
          new Province("067", "Đắk Nông", 1, List.of()),
          new Province("068", "Lâm Đồng", 1, List.of()),
          new Province("070", "Bình Phước", 1, List.of()),
          new Province("072", "Tây Ninh", 1, List.of()),
          new Province("074", "Bình Dương", 1, List.of()),
          new Province("075", "Đồng Nai", 2, List.of()),
          new Province("077", "Bà Rịa - Vũng Tàu", 1, List.of()),
          new Province("079", "Hồ Chí Minh", 6, List.of("04")),
          new Province("080", "Long An", 1, List.of()),
          new Province("082", "Tiền Giang", 1, List.of()),
          new Province("083", "Bến Tre", 1, List.of()),
          new Province("084", "Trà Vinh", 1, List.of("05")),
          new Province("086", "Vĩnh Long", 1, List.of()),
          new Province("087", "Đồng Tháp", 1, List.of()),
          new Province("089", "An Giang", 1, List.of("05")),
          new Province("091", "Kiên Giang", 1, List.of()),
          new Province("092", "Cần Thơ", 1, List.of()),
          new Province("093", "Hậu Giang", 1, List.of()),
          new Province("094", "Sóc Trăng", 1, List.of("05")),
          new Province("095", "Bạc Liêu", 1, List.of()),
          new Province("096", "Cà Mau", 1, List.of()));

  private static final Weighted<Province> BY_WEIGHT = Weighted.of(ALL, Province::weight);

  /** Common names of communes and wards, used to write addresses and home towns. */
  static final List<String> COMMUNES =
      List.of(
          "Tân Tiến",
          "Hòa Bình",
          "Quang Trung",
          "Thống Nhất",
          "Yên Lạc",
          "Xuân Phương",
          "Hồng Phong",
          "Đông Hưng",
          "Nghĩa Hưng",
          "Minh Khai",
          "Tân Lập",
          "Hưng Đạo",
          "Đại Đồng",
          "Thanh Sơn",
          "Phú Xuân",
          "Cẩm Bình",
          "Đức Thắng",
          "Kim Sơn",
          "Tiên Phong",
          "Vĩnh Hòa");

  /** Wards of Hà Nội after 1 July 2025, for current addresses. */
  static final List<String> HANOI_WARDS =
      List.of(
          "Ba Đình",
          "Ngọc Hà",
          "Giảng Võ",
          "Hoàn Kiếm",
          "Cửa Nam",
          "Đống Đa",
          "Kim Liên",
          "Láng",
          "Hai Bà Trưng",
          "Bạch Mai",
          "Cầu Giấy",
          "Nghĩa Đô",
          "Yên Hòa",
          "Thanh Xuân",
          "Khương Đình",
          "Hoàng Mai",
          "Định Công",
          "Long Biên",
          "Bồ Đề",
          "Tây Hồ",
          "Hà Đông",
          "Kiến Hưng",
          "Từ Liêm",
          "Xuân Đỉnh");

  /** Streets of Hà Nội, for current addresses. */
  static final List<String> HANOI_STREETS =
      List.of(
          "Trần Duy Hưng",
          "Nguyễn Trãi",
          "Láng Hạ",
          "Xuân Thủy",
          "Kim Mã",
          "Giải Phóng",
          "Hoàng Quốc Việt",
          "Lê Văn Lương",
          "Tây Sơn",
          "Trường Chinh",
          "Nguyễn Chí Thanh",
          "Tố Hữu",
          "Phạm Văn Đồng",
          "Minh Khai",
          "Bạch Mai",
          "Nguyễn Văn Cừ",
          "Hoàng Hoa Thám",
          "Đội Cấn",
          "Lạc Long Quân",
          "Trần Phú");

  private Provinces() {}

  /** Returns a province with the probability of its weight. */
  static Province pick(SplittableRandom random) {
    return BY_WEIGHT.pick(random);
  }

  /** Returns a commune of the province as records write a home town or birth place. */
  static String place(SplittableRandom random, Province province) {
    String commune = COMMUNES.get(random.nextInt(COMMUNES.size()));
    String prefix = province.code().equals("001") || province.code().equals("079") ? "" : "tỉnh ";
    return "Xã " + commune + ", " + prefix + province.name();
  }

  /** Returns a street address in Hà Nội. */
  static String hanoiAddress(SplittableRandom random) {
    String street = HANOI_STREETS.get(random.nextInt(HANOI_STREETS.size()));
    String ward = HANOI_WARDS.get(random.nextInt(HANOI_WARDS.size()));
    int house = 1 + random.nextInt(250);
    if (random.nextInt(3) == 0) {
      return "Số " + house + " phố " + street + ", phường " + ward + ", Hà Nội";
    }
    int lane = 1 + random.nextInt(200);
    return "Số " + house + ", ngõ " + lane + " phố " + street + ", phường " + ward + ", Hà Nội";
  }
}
