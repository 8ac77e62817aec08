package vn.hoso.importsupport.text;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.hoso.api.record.PersonCategory;
import vn.hoso.api.record.Sex;

/** Reads the coded values of a staff list: sex, category, rank codes, check marks. */
public final class CodeValues {

  private static final Map<String, Sex> SEXES =
      Map.of("nam", Sex.MALE, "nu", Sex.FEMALE, "male", Sex.MALE, "female", Sex.FEMALE);

  private static final Map<String, PersonCategory> CATEGORIES =
      Map.ofEntries(
          Map.entry("canbo", PersonCategory.CAN_BO),
          Map.entry("cb", PersonCategory.CAN_BO),
          Map.entry("congchuc", PersonCategory.CONG_CHUC),
          Map.entry("cc", PersonCategory.CONG_CHUC),
          Map.entry("vienchuc", PersonCategory.VIEN_CHUC),
          Map.entry("vc", PersonCategory.VIEN_CHUC),
          Map.entry("nguoilaodong", PersonCategory.NGUOI_LAO_DONG),
          Map.entry("laodong", PersonCategory.NGUOI_LAO_DONG),
          Map.entry("nld", PersonCategory.NGUOI_LAO_DONG),
          Map.entry("hopdong", PersonCategory.NGUOI_LAO_DONG),
          Map.entry("laodonghopdong", PersonCategory.NGUOI_LAO_DONG),
          Map.entry("hopdonglaodong", PersonCategory.NGUOI_LAO_DONG),
          Map.entry("hd", PersonCategory.NGUOI_LAO_DONG),
          Map.entry("hdld", PersonCategory.NGUOI_LAO_DONG));

  /** The marks people write in a column to tick it. */
  private static final Set<String> MARKS = Set.of("x", "1", "v", "co", "✓", "✔", "√");

  private CodeValues() {}

  public static Parsed<Sex> sex(String text) {
    if (text.isBlank()) {
      return Parsed.empty();
    }
    Sex sex = SEXES.get(Folding.fold(text));
    return sex != null
        ? Parsed.of(sex)
        : Parsed.error(
            ProblemCodes.SEX_UNREADABLE,
            "Giới tính \"" + text + "\" không đọc được; hãy ghi Nam hoặc Nữ.");
  }

  public static Parsed<PersonCategory> category(String text) {
    if (text.isBlank()) {
      return Parsed.empty();
    }
    PersonCategory category = CATEGORIES.get(Folding.fold(text));
    return category != null
        ? Parsed.of(category)
        : Parsed.error(
            ProblemCodes.CATEGORY_UNREADABLE,
            "Đối tượng \""
                + text
                + "\" không đọc được; hãy ghi Cán bộ, Công chức, Viên chức hoặc Người lao động.");
  }

  /** Whether a cell of a tick column ("Nữ" with an x) is ticked. */
  public static boolean isMark(String text) {
    String trimmed = text.strip().toLowerCase(Locale.ROOT);
    return MARKS.contains(trimmed) || MARKS.contains(Folding.fold(trimmed));
  }

  /** Reads a rank code written as text, such as "01.003" or "V.11.01.03", in capitals. */
  public static String rankCodeFromText(String text) {
    return text.replace(" ", "").toUpperCase(Locale.ROOT);
  }

  /**
   * Reads a rank code from a numeric cell, where Excel turned "01.003" into 1.003: the whole part
   * gets two digits and the decimals three, with a warning.
   */
  public static Parsed<String> rankCodeFromNumber(BigDecimal number) {
    BigDecimal clean = NumberValues.fromCell(number);
    String plain = clean.toPlainString();
    int point = plain.indexOf('.');
    String whole = point < 0 ? plain : plain.substring(0, point);
    String decimals = point < 0 ? "" : plain.substring(point + 1);
    if (clean.signum() < 0 || whole.length() > 2 || decimals.length() > 3) {
      return Parsed.of(plain);
    }
    String code =
        "0".repeat(2 - whole.length()) + whole + "." + decimals + "0".repeat(3 - decimals.length());
    return Parsed.warning(
        code,
        ProblemCodes.RANK_CODE_RESTORED,
        "Mã ngạch được lưu dạng số "
            + plain
            + " nên mất số 0; đã ghi lại thành "
            + code
            + ". Hãy kiểm tra lại và định dạng cột là Văn bản (Text).");
  }
}
