package vn.hoso.records.internal.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseCollationTest {

  /** Compares keys as H2 and PostgreSQL compare binary strings: unsigned, byte by byte. */
  private static final Comparator<byte[]> DATABASE_ORDER = Arrays::compareUnsigned;

  @Test
  void lettersFollowTheVietnameseAlphabet() {
    List<String> alphabet =
        List.of(
            "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "g", "h", "i", "k", "l", "m", "n", "o",
            "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "x", "y");

    assertSorted(alphabet);
  }

  @Test
  void tonesAreASecondaryKeyInDictionaryOrder() {
    assertSorted(List.of("Anh", "Ành", "Ảnh", "Ãnh", "Ánh", "Ạnh", "Ăn", "Ân", "Bà"));
  }

  @Test
  void shorterWordSortsFirst() {
    assertSorted(List.of("An", "Anh", "Ánh", "Ba"));
  }

  @Test
  void givenNameThenMiddleThenFamily() {
    byte[] hoangAn = VietnameseCollation.nameSortKey("An", "", "Hoàng");
    byte[] leThiAn = VietnameseCollation.nameSortKey("An", "Thị", "Lê");
    byte[] abelAnh = VietnameseCollation.nameSortKey("Anh", "", "Abel");

    assertTrue(DATABASE_ORDER.compare(hoangAn, leThiAn) < 0);
    assertTrue(DATABASE_ORDER.compare(leThiAn, abelAnh) < 0);
  }

  @Test
  void letterDifferenceOutweighsEarlierTone() {
    assertTrue(
        DATABASE_ORDER.compare(
                VietnameseCollation.nameSortKey("Ánh", "", ""),
                VietnameseCollation.nameSortKey("Anhx", "", ""))
            < 0);
  }

  @Test
  void composedAndDecomposedGiveTheSameKey() {
    String composed = "Nguyễn";
    String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);

    assertArrayEquals(
        VietnameseCollation.nameSortKey(composed, "", ""),
        VietnameseCollation.nameSortKey(decomposed, "", ""));
  }

  @Test
  void everyKeyByteIsBelow0x80() {
    byte[] key = VietnameseCollation.nameSortKey("Ýêñ 李", "H'Hen Niê", "Bru-Vân Kiều 9");

    for (byte b : key) {
      assertTrue(b >= 0, "byte " + b + " is negative as a signed byte");
    }
  }

  @Test
  void punctuationIsIgnored() {
    assertArrayEquals(
        VietnameseCollation.nameSortKey("HHen", "", ""),
        VietnameseCollation.nameSortKey("H'Hen", "", ""));
  }

  @Test
  void foldRemovesMarksAndMapsDToD() {
    assertEquals("nguyen thi hoa", VietnameseCollation.fold("Nguyễn  Thị Hoà"));
    assertEquals("nguyen thi hoa", VietnameseCollation.fold("NGUYEN thi hòa"));
    assertEquals("do duc thuy", VietnameseCollation.fold("Đỗ Đức Thuý"));
    assertEquals(
        "tran", VietnameseCollation.fold(Normalizer.normalize("Trần", Normalizer.Form.NFD)));
  }

  private static void assertSorted(List<String> words) {
    List<String> sorted =
        words.stream()
            .sorted(
                Comparator.comparing(
                    (String w) -> VietnameseCollation.nameSortKey(w, "", ""), DATABASE_ORDER))
            .toList();
    assertEquals(words, sorted);
  }
}
