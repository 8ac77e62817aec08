package vn.hoso.api.imports;

import java.util.List;

/**
 * One row of an import report.
 *
 * @param row the row number in the file
 * @param status {@code NEW}, {@code UPDATED}, {@code UNCHANGED} or {@code REJECTED}
 * @param personId the stored person it matched or created, or null
 * @param changedFields for an updated row, the changed fields; {@code salary} for the salary row
 * @param problems the adapter's problems of the row and the validation problems, in column order
 */
public record ImportReportRow(
    long row,
    String status,
    Long personId,
    List<String> changedFields,
    List<ImportProblem> problems) {

  public ImportReportRow {
    changedFields = List.copyOf(changedFields);
    problems = List.copyOf(problems);
  }
}
