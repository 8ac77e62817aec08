package vn.hoso.api.imports;

import java.util.Objects;

/**
 * A column of the table as the adapter understood its header.
 *
 * @param column the column letter, for example {@code "C"}
 * @param header the header text as written; for a two-level header the upper and lower texts joined
 *     by " / ", for example {@code "Ngày, tháng, năm sinh / Nữ"}
 * @param field the field read from the column, or null when the column is not read
 */
public record ImportColumn(String column, String header, ImportField field) {

  public ImportColumn {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(header, "header");
  }
}
