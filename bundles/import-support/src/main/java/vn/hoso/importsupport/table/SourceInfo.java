package vn.hoso.importsupport.table;

import java.util.Objects;

/**
 * The facts about a sheet that an adapter passes to the {@link TableReader}.
 *
 * @param sheet the worksheet's name, or empty for formats without sheets
 * @param date1904 whether serial numbers count days from 1904 (a workbook setting of old Mac Excel)
 *     rather than from 1900
 * @param encoding the encoding the adapter decoded the file with, reported in {@link
 *     vn.hoso.api.imports.ImportTable#encoding()} unless legacy text is found in the cells
 * @param textOnly whether every cell is text with no type, as in CSV: then cells are never checked
 *     for legacy encodings (the adapter decoded the bytes already) and an identity number may have
 *     lost its leading zero in the spreadsheet that exported the file
 */
public record SourceInfo(String sheet, boolean date1904, String encoding, boolean textOnly) {

  public SourceInfo {
    Objects.requireNonNull(sheet, "sheet");
    Objects.requireNonNull(encoding, "encoding");
  }
}
