package vn.hoso.imports.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.hoso.api.imports.ImportProblem;
import vn.hoso.api.imports.ImportReport;
import vn.hoso.api.imports.ImportReportRow;
import vn.hoso.api.personnel.CandidateOutcome;
import vn.hoso.api.personnel.CandidateOutcome.Status;
import vn.hoso.imports.internal.RowMapper.MappedRow;

/** Builds the report of a dry run or a commit from the rows and the bulk write's outcomes. */
final class Reports {

  /** Orders problems by column as a spreadsheet does (A to Z, then AA), row problems first. */
  private static final Comparator<ImportProblem> BY_COLUMN =
      Comparator.comparingInt((ImportProblem p) -> p.column().length())
          .thenComparing(ImportProblem::column);

  private Reports() {}

  /**
   * Returns the report of the rows. A row with an error of the adapter or the engine is rejected
   * whatever its outcome; the report lists every row that is not unchanged.
   *
   * @param outcomes one per row, in the same order
   */
  static ImportReport of(
      List<MappedRow> rows, List<CandidateOutcome> outcomes, RowMapper mapper, boolean written) {
    long[] counts = new long[Status.values().length];
    List<ImportReportRow> reported = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      MappedRow row = rows.get(i);
      CandidateOutcome outcome = outcomes.get(i);
      List<ImportProblem> problems = new ArrayList<>(row.problems());
      problems.addAll(mapper.cellProblems(row, outcome.problems()));
      problems.sort(BY_COLUMN);
      Status status = row.hasErrors() ? Status.REJECTED : outcome.status();
      counts[status.ordinal()]++;
      if (status != Status.UNCHANGED || !problems.isEmpty()) {
        reported.add(
            new ImportReportRow(
                row.row(),
                status.name(),
                status == Status.REJECTED ? null : outcome.personId(),
                outcome.changedFields(),
                problems));
      }
    }
    return new ImportReport(
        counts[Status.NEW.ordinal()],
        counts[Status.UPDATED.ordinal()],
        counts[Status.UNCHANGED.ordinal()],
        counts[Status.REJECTED.ordinal()],
        written,
        reported);
  }
}
