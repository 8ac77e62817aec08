package vn.hoso.api.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceTableTest {

  @Test
  void parsesHeaderRowsAndSkipsComments() throws IOException {
    String text =
        """
        # Intervals, Thông tư 08/2013/TT-BNV
        effectiveFrom | types        | months | legalBasis

        2004-10-01    | A1 A0        | 36     | Nghị định 204/2004/NĐ-CP, Điều 7
          # indented comment
        2004-10-01    | B            | 24     | Nghị định 204/2004/NĐ-CP, Điều 7
        """;

    ReferenceTable table = ReferenceTable.parse("intervals.psv", new StringReader(text));

    assertEquals(List.of("effectiveFrom", "types", "months", "legalBasis"), table.columns());
    assertEquals(2, table.rows().size());
    ReferenceTable.Row first = table.rows().get(0);
    assertEquals(4, first.line());
    assertEquals(LocalDate.of(2004, 10, 1), first.date("effectiveFrom"));
    assertEquals(List.of("A1", "A0"), first.words("types"));
    assertEquals(36, first.integer("months"));
    assertEquals("Nghị định 204/2004/NĐ-CP, Điều 7", first.text("legalBasis"));
  }

  @Test
  void parsesDecimalsWithDot() throws IOException {
    ReferenceTable table = ReferenceTable.parse("t", new StringReader("a\n2.34\n"));

    assertEquals(new BigDecimal("2.34"), table.rows().get(0).decimal("a"));
  }

  @Test
  void wrongCellCountNamesTheLine() {
    String text = "a|b\n1|2\n3\n";

    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> ReferenceTable.parse("t.psv", new StringReader(text)));

    assertTrue(error.getMessage().startsWith("t.psv line 3:"), error.getMessage());
  }

  @Test
  void badNumberNamesColumnAndValue() throws IOException {
    ReferenceTable table = ReferenceTable.parse("t.psv", new StringReader("months\nsix\n"));
    ReferenceTable.Row row = table.rows().get(0);

    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> row.integer("months"));

    assertEquals(
        "t.psv line 2: column 'months' must be a whole number, found 'six'", error.getMessage());
  }

  @Test
  void missingHeaderRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ReferenceTable.parse("t.psv", new StringReader("# only a comment\n")));
  }

  @Test
  void unknownColumnRejected() throws IOException {
    ReferenceTable.Row row = ReferenceTable.parse("t", new StringReader("a\n1\n")).rows().get(0);

    assertThrows(IllegalArgumentException.class, () -> row.text("b"));
  }

  @Test
  void missingResourceRejected() {
    assertThrows(IllegalStateException.class, () -> ReferenceTable.load(getClass(), "missing.psv"));
  }
}
