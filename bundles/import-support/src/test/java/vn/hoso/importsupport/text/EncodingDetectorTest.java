package vn.hoso.importsupport.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class EncodingDetectorTest {

  private static EncodingDetector.Verdict verdict(String... texts) {
    EncodingDetector detector = new EncodingDetector();
    for (String text : texts) {
      detector.add(text);
    }
    return detector.verdict();
  }

  @Test
  void tcvn3StaffList() {
    EncodingDetector.Verdict verdict =
        verdict("Hä vµ tªn", "Ngµy, th¸ng, n¨m sinh", "Chøc vô", "NguyÔn V¨n An", "TrÇn ThÞ B×nh");

    assertEquals(Optional.of(LegacyEncoding.TCVN3), verdict.encoding());
    assertTrue(verdict.certain());
  }

  @Test
  void vniStaffList() {
    EncodingDetector.Verdict verdict =
        verdict("Hoï vaø teân", "Ngaøy sinh", "Chöùc vuï", "Nguyeãn Vaên An", "Traàn Thò Bình");

    assertEquals(Optional.of(LegacyEncoding.VNI), verdict.encoding());
    assertTrue(verdict.certain());
  }

  @Test
  void unicodeStaffList() {
    EncodingDetector.Verdict verdict = verdict("Họ và tên", "Nguyễn Văn An", "Lê Hà");

    assertEquals(Optional.empty(), verdict.encoding());
    assertTrue(verdict.certain());
  }

  @Test
  void latinOnlyVietnameseIsUnicode() {
    EncodingDetector.Verdict verdict = verdict("Lê Hà", "Hà Tây");

    assertEquals(Optional.empty(), verdict.encoding());
    assertTrue(verdict.certain());
  }

  @Test
  void asciiOnlyIsNoEvidence() {
    EncodingDetector detector = new EncodingDetector();
    detector.add("Nguyen Van An");

    assertFalse(detector.hasEvidence());
    assertEquals(EncodingDetector.Verdict.UNICODE, detector.verdict());
  }

  @Test
  void wordsValidBothWaysAreUncertain() {
    // "Lê Tô" is Vietnamese as written, and "Lờ Tụ" in TCVN3.
    EncodingDetector.Verdict verdict = verdict("Lê Tô");

    assertFalse(verdict.certain());
    assertEquals(Optional.of(LegacyEncoding.TCVN3), verdict.suspected());
  }

  @Test
  void foreignNamesStayAsWritten() {
    EncodingDetector.Verdict verdict = verdict("José Müller", "Ångström");

    assertEquals(EncodingDetector.Verdict.UNICODE, verdict);
  }

  @Test
  void windows1258BytesReadAsWritten() {
    byte[] cp1258 =
        "Họ và tên Nguyễn Văn Trường".getBytes(java.nio.charset.Charset.forName("windows-1258"));
    EncodingDetector detector = EncodingDetector.forBytes();
    detector.add(new String(cp1258, java.nio.charset.StandardCharsets.ISO_8859_1));

    EncodingDetector.Verdict verdict = detector.verdict();

    assertEquals(Optional.empty(), verdict.encoding());
    assertTrue(verdict.certain());
  }

  @Test
  void tcvn3BytesAreNotWindows1258() {
    EncodingDetector detector = EncodingDetector.forBytes();
    detector.add("Hä vµ tªn NguyÔn V¨n Tr\u00ADêng");

    assertEquals(Optional.of(LegacyEncoding.TCVN3), detector.verdict().encoding());
  }
}
