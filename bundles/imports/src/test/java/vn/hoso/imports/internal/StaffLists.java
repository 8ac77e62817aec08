package vn.hoso.imports.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Workbooks in the template's layout, written by the same writer as the template and export. */
final class StaffLists {

  private StaffLists() {}

  static byte[] workbook(List<StaffListWorkbook.Row> people) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (StaffListWorkbook workbook = new StaffListWorkbook(bytes)) {
      for (StaffListWorkbook.Row person : people) {
        workbook.add(person);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
