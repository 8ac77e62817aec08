package vn.hoso.imports.internal;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import vn.hoso.api.imports.ImportJob;
import vn.hoso.api.imports.ImportReader;
import vn.hoso.api.imports.ImportReport;
import vn.hoso.api.personnel.CandidateOutcome;
import vn.hoso.api.scope.UnitScope;
import vn.hoso.imports.internal.RowMapper.MappedRow;

/**
 * The mutable state of one import job. The background task and the request threads share it: state
 * changes happen while holding the object's lock, and the fields they read are volatile.
 */
final class JobState {

  final String id;
  final String owner;
  final UnitScope scope;
  final String fileName;
  final String adapterId;
  final Instant createdAt;
  final Instant expiresAt;
  final AtomicLong rowsRead = new AtomicLong();

  volatile ImportJob.Status status = ImportJob.Status.READING;
  volatile boolean cancelRequested;
  volatile ImportReader reader;
  volatile ImportReport report;
  volatile String failureCode;
  volatile String failureMessage;

  /** The rows of a finished dry run, kept for the commit and dropped after it. */
  volatile List<MappedRow> rows;

  volatile RowMapper mapper;

  /** The dry run's outcome of each of {@link #rows}. */
  volatile List<CandidateOutcome> dryRunOutcomes;

  JobState(
      String id,
      String owner,
      UnitScope scope,
      String fileName,
      String adapterId,
      Instant createdAt,
      Instant expiresAt) {
    this.id = id;
    this.owner = owner;
    this.scope = scope;
    this.fileName = fileName;
    this.adapterId = adapterId;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  synchronized void fail(String code, String message) {
    status = ImportJob.Status.FAILED;
    failureCode = code;
    failureMessage = message;
    rows = null;
  }

  ImportJob view() {
    return new ImportJob(
        id,
        fileName,
        adapterId,
        status,
        rowsRead.get(),
        createdAt,
        expiresAt,
        report,
        failureCode,
        failureMessage);
  }
}
