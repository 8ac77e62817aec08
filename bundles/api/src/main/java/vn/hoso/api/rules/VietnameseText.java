package vn.hoso.api.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.hoso.api.record.PersonCategory;
import vn.hoso.api.record.Sex;

/** Formats values the way Vietnamese personnel documents write them, for reasoning lines. */
public final class VietnameseText {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private VietnameseText() {}

  /** Formats a date as dd/mm/yyyy, for example "08/02/2010". */
  public static String date(LocalDate date) {
    return DATE.format(date);
  }

  /** Formats a decimal with a comma and at least two decimals, for example "3,33" or "0,249". */
  public static String decimal(BigDecimal value) {
    BigDecimal trimmed = value.stripTrailingZeros();
    if (trimmed.scale() < 2) {
      trimmed = trimmed.setScale(2);
    }
    return trimmed.toPlainString().replace('.', ',');
  }

  /** Formats a number of months, for example "36 tháng". */
  public static String months(int months) {
    return months + " tháng";
  }

  /** Formats an age, for example "60 tuổi", "60 tuổi 6 tháng". */
  public static String age(int years, int months) {
    return months == 0 ? years + " tuổi" : years + " tuổi " + months + " tháng";
  }

  /** Returns "nam" or "nữ". */
  public static String sex(Sex sex) {
    return switch (sex) {
      case MALE -> "nam";
      case FEMALE -> "nữ";
    };
  }

  /** Returns the category as the law names it, for example "công chức". */
  public static String category(PersonCategory category) {
    return switch (category) {
      case CAN_BO -> "cán bộ";
      case CONG_CHUC -> "công chức";
      case VIEN_CHUC -> "viên chức";
      case NGUOI_LAO_DONG -> "người lao động";
    };
  }
}
