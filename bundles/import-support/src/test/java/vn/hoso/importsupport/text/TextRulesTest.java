package vn.hoso.importsupport.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hoso.api.record.PersonCategory;
import vn.hoso.api.record.Sex;

class TextRulesTest {

  @ParameterizedTest(name = "\"{0}\" folds to {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Ngày, tháng, năm sinh | ngaythangnamsinh",
        "NGÀY THÁNG NĂM SINH   | ngaythangnamsinh",
        "Số định danh cá nhân  | sodinhdanhcanhan",
        "CMND/CCCD             | cmndcccd",
        "Đơn vị                | donvi",
        "  Họ   và\ttên        | hovaten",
      })
  void folding(String text, String folded) {
    assertEquals(folded, Folding.fold(text));
  }

  @Test
  void foldingDecomposedText() {
    String nfd = Normalizer.normalize("Đặng Thị Ngọc Hoà", Normalizer.Form.NFD);

    assertEquals("dang thi ngoc hoa", Folding.foldWords(nfd));
  }

  @Test
  void cleaningSpacesAndNfc() {
    String nfd = Normalizer.normalize("  Nguyễn \u00A0 Thị\n Hoà\u200B ", Normalizer.Form.NFD);

    String cleaned = TextCleaner.clean(nfd);

    assertEquals("Nguyễn Thị Hoà", cleaned);
    assertTrue(Normalizer.isNormalized(cleaned, Normalizer.Form.NFC));
  }

  @ParameterizedTest(name = "\"{0}\" is \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "NGUYỄN THỊ NHƯ QUỲNH  | Nguyễn Thị Như Quỳnh",
        "đặng văn đức          | Đặng Văn Đức",
        "ĐỖ ÁNH DƯƠNG          | Đỗ Ánh Dương",
        "H'HEN NIÊ             | H'Hen Niê",
        "NGUYễN VĂN AN         | Nguyễn Văn An",
        "Nguyễn Thị Như Quỳnh  | Nguyễn Thị Như Quỳnh",
        "Tôn Nữ Thị NGỌC       | Tôn Nữ Thị NGỌC",
      })
  void nameCapitalisation(String name, String expected) {
    assertEquals(expected, NameCase.proper(name));
  }

  @ParameterizedTest(name = "sex \"{0}\" is {1}")
  @CsvSource({"Nam, MALE", "nữ, FEMALE", "NỮ, FEMALE", "Nu, FEMALE"})
  void sexes(String text, Sex expected) {
    assertEquals(expected, CodeValues.sex(text).value());
  }

  @Test
  void unknownSexIsRejected() {
    Parsed<Sex> parsed = CodeValues.sex("khác");

    assertEquals(ProblemCodes.SEX_UNREADABLE, parsed.code());
    assertNull(parsed.value());
  }

  @ParameterizedTest(name = "category \"{0}\" is {1}")
  @CsvSource({
    "Cán bộ, CAN_BO",
    "công chức, CONG_CHUC",
    "Viên chức, VIEN_CHUC",
    "VC, VIEN_CHUC",
    "Người lao động, NGUOI_LAO_DONG",
    "HĐLĐ, NGUOI_LAO_DONG",
    "Hợp đồng, NGUOI_LAO_DONG",
  })
  void categories(String text, PersonCategory expected) {
    assertEquals(expected, CodeValues.category(text).value());
  }

  @Test
  void unknownCategoryIsRejected() {
    assertEquals(ProblemCodes.CATEGORY_UNREADABLE, CodeValues.category("Bộ đội").code());
  }

  @ParameterizedTest(name = "rank code cell {0} is {1}")
  @CsvSource({"1.003, 01.003", "1.01, 01.010", "6.031, 06.031", "13.28, 13.280"})
  void rankCodesFromNumbers(BigDecimal number, String expected) {
    Parsed<String> parsed = CodeValues.rankCodeFromNumber(number);

    assertEquals(expected, parsed.value());
    assertEquals(ProblemCodes.RANK_CODE_RESTORED, parsed.code());
  }

  @Test
  void rankCodeText() {
    assertEquals("V.11.01.03", CodeValues.rankCodeFromText("v.11.01.03"));
  }

  @ParameterizedTest(name = "\"{0}\" is a mark")
  @CsvSource({"x", "X", "1", "✓"})
  void marks(String text) {
    assertTrue(CodeValues.isMark(text));
  }

  @Test
  void dateIsNoMark() {
    assertFalse(CodeValues.isMark("1985"));
  }

  @ParameterizedTest(name = "\"{0}\" is a syllable")
  @CsvSource({"nguyễn", "quyết", "giữa", "người", "khuya", "thuở", "gìn", "Đặng", "học"})
  void syllables(String word) {
    assertTrue(VietnameseSyllables.isSyllable(word));
  }

  @ParameterizedTest(name = "\"{0}\" is no syllable")
  @CsvSource({"nguyôn", "hä", "vµ", "hòc", "thµng", "müller", "jos"})
  void notSyllables(String word) {
    assertFalse(VietnameseSyllables.isSyllable(word));
  }
}
