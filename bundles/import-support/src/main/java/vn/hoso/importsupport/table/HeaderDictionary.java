package vn.hoso.importsupport.table;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.hoso.importsupport.text.Folding;
import vn.hoso.importsupport.text.LegacyEncoding;

/**
 * The header texts of Vietnamese staff lists and the columns they name.
 *
 * <p>Headers are compared after {@link Folding#fold folding}, so case, spaces, punctuation and
 * diacritics do not matter ("Ngày, tháng, năm sinh" = "NGAY THANG NAM SINH"), and after dropping
 * text in brackets ("Ngày sinh (dd/mm/yyyy)"). A header typed in a TCVN3 or VNI font ("Hä vµ tªn")
 * is also tried converted.
 */
public final class HeaderDictionary {

  private static final Map<String, HeaderRole> HEADERS = new HashMap<>();

  /** Sub-headers under a rank or salary group ("Ngạch, bậc lương" over "Mã số", "Bậc", "Hệ số"). */
  private static final Map<String, HeaderRole> SALARY_SUBHEADERS = new HashMap<>();

  /** Sub-headers that mean "the number" of the group above: "Số CCCD" over "Số", "Ngày cấp". */
  private static final Set<String> NUMBER_SUBHEADERS = Set.of("so", "ma", "maso", "sohieu");

  private static final Set<String> SALARY_GROUP_WORDS =
      Set.of("ngach", "luong", "chucdanhnghenghiep");

  private static final Pattern BRACKETS = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");

  static {
    add(HeaderRole.SEQUENCE, "stt", "tt", "sothutu", "sott");
    add(
        HeaderRole.FULL_NAME,
        "hovaten",
        "hoten",
        "hovatenkhaisinh",
        "hotenkhaisinh",
        "hovatendaydu",
        "hotendaydu",
        "hovatencanbo",
        "hotencanbo",
        "hovatencongchuc",
        "hovatenvienchuc",
        "hovatencanbocongchuc",
        "hovatencanbocongchucvienchuc",
        "hovatencbccvc",
        "hotencbccvc",
        "hovatennguoilaodong");
    add(HeaderRole.FAMILY_NAME, "ho");
    add(HeaderRole.MIDDLE_NAME, "tendem", "chulot", "dem");
    add(HeaderRole.GIVEN_NAME, "ten");
    add(
        HeaderRole.FAMILY_AND_MIDDLE_NAME,
        "hovatendem",
        "hodem",
        "hovachulot",
        "hovadem",
        "holot",
        "hotendem");
    add(
        HeaderRole.BIRTH_DATE,
        "ngaysinh",
        "ngaythangnamsinh",
        "ngaythangsinh",
        "namsinh",
        "sinhngay",
        "ngaysinhnamsinh");
    add(HeaderRole.SEX, "gioitinh", "gioi", "phai");
    add(
        HeaderRole.IDENTITY_NUMBER,
        "socccd",
        "cccd",
        "socancuoccongdan",
        "cancuoccongdan",
        "socancuoc",
        "cancuoc",
        "sodinhdanhcanhan",
        "dinhdanhcanhan",
        "sodinhdanh",
        "madinhdanh",
        "madinhdanhcanhan",
        "cmndcccd",
        "cccdcmnd",
        "socmndcccd",
        "socccdcmnd",
        "socmnd",
        "cmnd",
        "sochungminhnhandan",
        "chungminhnhandan",
        "socmt",
        "cmt",
        "socmtnd",
        "cmtnd");
    add(
        HeaderRole.CIVIL_SERVANT_NUMBER,
        "sohieucanbocongchuc",
        "sohieucanbocongchucvienchuc",
        "sohieucongchuc",
        "sohieuvienchuc",
        "sohieucanbo",
        "sohieucbcc",
        "sohieucbccvc",
        "sohieu",
        "macanbo",
        "macongchuc",
        "mavienchuc",
        "masocanbo",
        "masocongchuc",
        "masovienchuc",
        "macbccvc");
    add(
        HeaderRole.UNIT_NAME,
        "donvi",
        "tendonvi",
        "donvicongtac",
        "donvicongtachientai",
        "phongban",
        "phongbandonvi",
        "phongbancongtac",
        "coquandonvi",
        "coquan",
        "bophan",
        "noicongtac");
    add(HeaderRole.CATEGORY, "doituong", "phanloai", "loaicanbo", "loai", "loaicbccvc");
    add(
        HeaderRole.RANK_NAME,
        "ngach",
        "tenngach",
        "ngachcongchuc",
        "ngachvienchuc",
        "ngachchucdanh",
        "chucdanhnghenghiep",
        "ngachchucdanhnghenghiep");
    add(
        HeaderRole.RANK_CODE,
        "mangach",
        "masongach",
        "mangachcongchuc",
        "mangachvienchuc",
        "mangachchucdanh",
        "masochucdanh",
        "masochucdanhnghenghiep",
        "machucdanhnghenghiep",
        "mangachchucdanhnghenghiep");
    add(HeaderRole.SALARY_STEP, "bac", "bacluong", "bacluonghienhuong", "bachienhuong");
    add(
        HeaderRole.SALARY_COEFFICIENT,
        "heso",
        "hesoluong",
        "hesoluonghienhuong",
        "hesohienhuong",
        "hsl");
    add(
        HeaderRole.SALARY_EFFECTIVE_DATE,
        "ngayhuong",
        "ngayhuongbac",
        "ngayhuongluong",
        "ngayhuongbacluong",
        "ngayhuonghesoluong",
        "thoidiemhuong",
        "thoidiemhuongbac",
        "thoidiemhuongluong",
        "ngayxepluong",
        "thoidiemxepluong",
        "thoigianhuong",
        "ngaynangluong",
        "ngaynangbacluong",
        "thoidiemnangluong",
        "thoigiannangluong");
    add(
        HeaderRole.POSITION,
        "chucvu",
        "chucvuhientai",
        "chucvuchinhquyen",
        "chucvucongtac",
        "chucvuchucdanh",
        "chucdanh");
    add(
        HeaderRole.POSITION_ALLOWANCE,
        "phucapchucvu",
        "hesophucapchucvu",
        "pccv",
        "phucapcv",
        "phucapchucvulanhdao");
    add(HeaderRole.ETHNICITY, "dantoc");
    add(HeaderRole.HOME_TOWN, "quequan");
    add(HeaderRole.NOTE, "ghichu");

    SALARY_SUBHEADERS.put("ma", HeaderRole.RANK_CODE);
    SALARY_SUBHEADERS.put("maso", HeaderRole.RANK_CODE);
    SALARY_SUBHEADERS.put("so", HeaderRole.RANK_CODE);
    SALARY_SUBHEADERS.put("ten", HeaderRole.RANK_NAME);
    SALARY_SUBHEADERS.put("tenngach", HeaderRole.RANK_NAME);
    SALARY_SUBHEADERS.put("ngay", HeaderRole.SALARY_EFFECTIVE_DATE);
    SALARY_SUBHEADERS.put("tungay", HeaderRole.SALARY_EFFECTIVE_DATE);
    SALARY_SUBHEADERS.put("thoidiem", HeaderRole.SALARY_EFFECTIVE_DATE);
  }

  private HeaderDictionary() {}

  private static void add(HeaderRole role, String... foldedHeaders) {
    for (String header : foldedHeaders) {
      HeaderRole previous = HEADERS.put(header, role);
      if (previous != null) {
        throw new IllegalStateException("header '" + header + "' listed twice");
      }
    }
  }

  /** Returns the role a header text names, trying its TCVN3 and VNI readings too. */
  public static Optional<HeaderRole> match(String header) {
    for (String reading : readings(header)) {
      Optional<Boolean> sex = sexHeader(reading);
      if (sex.isPresent()) {
        return Optional.of(sex.get() ? HeaderRole.MALE_MARK : HeaderRole.FEMALE_MARK);
      }
      HeaderRole role = HEADERS.get(key(reading));
      if (role != null) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the role of a column under a two-level header, or empty when the column is not read.
   *
   * @param group the upper header, spanning several columns
   * @param sub the lower header of this column
   */
  public static Optional<HeaderRole> resolve(String group, String sub) {
    Optional<HeaderRole> groupRole = match(group);
    for (String reading : readings(sub)) {
      String subKey = key(reading);
      Optional<Boolean> sex = sexHeader(reading);
      if (sex.isPresent()) {
        boolean male = sex.get();
        if (groupRole.orElse(null) == HeaderRole.BIRTH_DATE) {
          return Optional.of(male ? HeaderRole.BIRTH_DATE_MALE : HeaderRole.BIRTH_DATE_FEMALE);
        }
        return Optional.of(male ? HeaderRole.MALE_MARK : HeaderRole.FEMALE_MARK);
      }
      if (isSalaryGroup(group) && SALARY_SUBHEADERS.containsKey(subKey)) {
        return Optional.of(SALARY_SUBHEADERS.get(subKey));
      }
      if (NUMBER_SUBHEADERS.contains(subKey) && groupRole.isPresent()) {
        return groupRole;
      }
    }
    Optional<HeaderRole> subRole = match(sub);
    if (subRole.isPresent()) {
      return subRole;
    }
    for (String groupReading : readings(group)) {
      for (String subReading : readings(sub)) {
        HeaderRole combined = HEADERS.get(key(groupReading) + key(subReading));
        if (combined != null) {
          return Optional.of(combined);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isSalaryGroup(String group) {
    for (String reading : readings(group)) {
      String key = key(reading);
      if (SALARY_GROUP_WORDS.stream().anyMatch(key::contains)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns true for a "Nam" header, false for "Nữ", and empty otherwise. Compared with its
   * diacritics, because "Năm" (year) folds to the same letters as "Nam".
   */
  private static Optional<Boolean> sexHeader(String header) {
    String letters =
        Normalizer.normalize(header, Normalizer.Form.NFC)
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^\\p{L}]", "");
    return switch (letters) {
      case "nam" -> Optional.of(true);
      case "nữ", "nu" -> Optional.of(false);
      default -> Optional.empty();
    };
  }

  /** The folded form a header is looked up by. */
  static String key(String header) {
    String withoutBrackets = BRACKETS.matcher(header).replaceAll(" ");
    String folded = Folding.fold(withoutBrackets);
    return folded.isEmpty() ? Folding.fold(header) : folded;
  }

  /** The text as written, and its legacy readings when it could be legacy text. */
  private static String[] readings(String text) {
    boolean latin1High = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > 0xFF) {
        return new String[] {text};
      }
      latin1High |= c >= 0x80;
    }
    if (!latin1High) {
      return new String[] {text};
    }
    return new String[] {text, LegacyEncoding.TCVN3.decode(text), LegacyEncoding.VNI.decode(text)};
  }
}
