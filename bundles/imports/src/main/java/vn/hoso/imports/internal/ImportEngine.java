package vn.hoso.imports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hoso.api.imports.CandidateRow;
import vn.hoso.api.imports.ImportAdapter;
import vn.hoso.api.imports.ImportException;
import vn.hoso.api.imports.ImportJob;
import vn.hoso.api.imports.ImportJob.Status;
import vn.hoso.api.imports.ImportJobException;
import vn.hoso.api.imports.ImportReader;
import vn.hoso.api.imports.ImportRequest;
import vn.hoso.api.imports.ImportService;
import vn.hoso.api.imports.ImportUpload;
import vn.hoso.api.personnel.BulkRecordService;
import vn.hoso.api.personnel.BulkWriteMode;
import vn.hoso.api.personnel.BulkWriteResult;
import vn.hoso.api.personnel.CandidateOutcome;
import vn.hoso.api.personnel.ChangeContext;
import vn.hoso.api.personnel.PersonCandidate;
import vn.hoso.api.personnel.RecordService;
import vn.hoso.api.scope.UnitScope;
import vn.hoso.imports.internal.RowMapper.MappedRow;

/**
 * The import engine. Uploads go to a folder of their own while they are read; the jobs, their rows
 * and reports live in memory until they expire, so a restart drops them.
 */
@Component(service = ImportService.class, configurationPid = ImportEngineConfig.PID)
@Designate(ocd = ImportEngineConfig.class)
public final class ImportEngine implements ImportService {

  private static final Logger LOG = LoggerFactory.getLogger(ImportEngine.class);

  /** Code of a job that failed for a reason inside the server; the log has the details. */
  static final String FAILED = "import.failed";

  private final RecordService records;
  private final BulkRecordService bulk;
  private final List<ImportAdapter> adapters = new CopyOnWriteArrayList<>();
  private final Map<String, JobState> jobs = new ConcurrentHashMap<>();
  private final ExecutorService executor;
  private final Clock clock;
  private final long maxUploadBytes;
  private final Duration jobLifetime;
  private final Path uploadFolder;

  @Activate
  public ImportEngine(
      @Reference RecordService records,
      @Reference BulkRecordService bulk,
      ImportEngineConfig config) {
    this(records, bulk, config, Clock.systemUTC(), defaultFolder(config.uploadFolder()));
  }

  ImportEngine(
      RecordService records,
      BulkRecordService bulk,
      ImportEngineConfig config,
      Clock clock,
      Path uploadFolder) {
    this.records = records;
    this.bulk = bulk;
    this.clock = clock;
    this.maxUploadBytes = config.maxUploadBytes();
    this.jobLifetime = Duration.ofMinutes(Math.max(1, config.jobExpiryMinutes()));
    this.uploadFolder = uploadFolder;
    AtomicInteger threads = new AtomicInteger();
    this.executor =
        Executors.newFixedThreadPool(
            2,
            task -> {
              Thread thread = new Thread(task, "hoso-import-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  @Deactivate
  void deactivate() {
    jobs.values().forEach(this::requestCancel);
    executor.shutdownNow();
    jobs.clear();
    LOG.info("Import engine stopped; the import jobs in memory are dropped");
  }

  @Reference(
      service = ImportAdapter.class,
      cardinality = ReferenceCardinality.MULTIPLE,
      policy = ReferencePolicy.DYNAMIC)
  void addAdapter(ImportAdapter adapter) {
    adapters.add(adapter);
  }

  void removeAdapter(ImportAdapter adapter) {
    adapters.remove(adapter);
  }

  @Override
  public ImportJob start(UnitScope scope, String actor, ImportUpload upload, InputStream content)
      throws ImportException {
    removeExpired();
    String id = UUID.randomUUID().toString();
    Path file = store(id, content);
    try {
      return open(scope, actor, upload, id, file);
    } catch (ImportException | RuntimeException e) {
      delete(file);
      throw e;
    }
  }

  private ImportJob open(UnitScope scope, String actor, ImportUpload upload, String id, Path file)
      throws ImportException {
    ImportAdapter adapter =
        AdapterChooser.choose(
                adapters, upload.adapterId(), upload.fileName(), upload.mediaType(), head(file))
            .orElseThrow(() -> notSupported(upload));
    UnitIndex units = new UnitIndex(records.unitTree(scope));
    Long defaultUnit = defaultUnit(units, upload);

    InputStream in = openFile(file);
    ImportReader reader;
    try {
      reader = adapter.open(in, new ImportRequest(upload.fileName(), upload.options()));
    } catch (ImportException | RuntimeException e) {
      closeQuietly(in);
      throw e;
    }

    Instant now = clock.instant();
    JobState job =
        new JobState(id, actor, scope, upload.fileName(), adapter.id(), now, now.plus(jobLifetime));
    job.reader = reader;
    job.mapper = new RowMapper(reader.table(), units, defaultUnit);
    jobs.put(id, job);
    executor.execute(() -> read(job, reader, in, file));
    LOG.info(
        "Import job '{}' of '{}' started on file '{}' with adapter '{}'",
        id,
        actor,
        upload.fileName(),
        adapter.id());
    return job.view();
  }

  @Override
  public Optional<ImportJob> job(String actor, String jobId) {
    removeExpired();
    return Optional.ofNullable(jobs.get(jobId))
        .filter(job -> job.owner.equals(actor))
        .map(JobState::view);
  }

  @Override
  public ImportJob commit(String actor, String jobId, boolean validOnly) {
    JobState job = owned(actor, jobId);
    synchronized (job) {
      if (job.status != Status.DRY_RUN_DONE) {
        throw new ImportJobException(
            ImportJobException.WRONG_STATE,
            "Lượt nhập đang ở trạng thái "
                + job.status
                + "; chỉ ghi được khi đã kiểm tra thử xong (DRY_RUN_DONE).");
      }
      if (!validOnly && job.report.rejectedRows() > 0) {
        throw new ImportJobException(
            ImportJobException.HAS_REJECTED_ROWS,
            "Có "
                + job.report.rejectedRows()
                + " dòng bị từ chối nên không ghi được toàn bộ tệp; hãy sửa các dòng đó rồi tải"
                + " tệp lên lại, hoặc chỉ ghi các dòng hợp lệ (validOnly=true).");
      }
      job.status = Status.COMMITTING;
    }
    executor.execute(() -> write(job, validOnly));
    return job.view();
  }

  @Override
  public ImportJob cancel(String actor, String jobId) {
    JobState job = owned(actor, jobId);
    synchronized (job) {
      if (job.status == Status.COMMITTING || job.status == Status.COMMITTED) {
        throw new ImportJobException(
            ImportJobException.WRONG_STATE,
            "Lượt nhập đang ghi hoặc đã ghi vào hồ sơ nên không hủy được.");
      }
      if (job.status == Status.READING || job.status == Status.DRY_RUN_DONE) {
        requestCancel(job);
        job.status = Status.CANCELLED;
        job.rows = null;
        LOG.info("Import job '{}' cancelled by '{}'", jobId, actor);
      }
    }
    return job.view();
  }

  @Override
  public long maxUploadBytes() {
    return maxUploadBytes;
  }

  @Override
  public byte[] template() {
    return StaffListWorkbook.template();
  }

  @Override
  public void exportPeople(UnitScope scope, OutputStream out) throws IOException {
    PeopleExport.write(records, scope, out);
  }

  /** Reads every row, then runs the dry run; runs on the executor. */
  private void read(JobState job, ImportReader reader, InputStream in, Path file) {
    try (reader;
        in) {
      List<MappedRow> rows = new ArrayList<>();
      Optional<CandidateRow> next = reader.next();
      while (next.isPresent() && !job.cancelRequested) {
        rows.add(job.mapper.map(next.get()));
        job.rowsRead.incrementAndGet();
        next = reader.next();
      }
      if (job.cancelRequested) {
        return;
      }
      BulkWriteResult dryRun =
          bulk.write(job.scope, change(job), candidates(rows), BulkWriteMode.DRY_RUN);
      synchronized (job) {
        if (job.status == Status.READING) {
          job.rows = rows;
          job.dryRunOutcomes = dryRun.outcomes();
          job.report = Reports.of(rows, dryRun.outcomes(), job.mapper, false);
          job.status = Status.DRY_RUN_DONE;
        }
      }
      LOG.info("Import job '{}' read {} rows and finished its dry run", job.id, rows.size());
    } catch (ImportException e) {
      if (ImportException.CANCELLED.equals(e.code()) && job.cancelRequested) {
        return;
      }
      LOG.warn("Import job '{}' failed reading '{}': {}", job.id, job.fileName, e.code());
      job.fail(e.code(), e.getMessage());
    } catch (IOException | RuntimeException e) {
      LOG.error("Import job '{}' failed reading '{}'", job.id, job.fileName, e);
      job.fail(FAILED, serverFault(job));
    } finally {
      job.reader = null;
      delete(file);
    }
  }

  /** Writes the rows of a finished dry run in one transaction; runs on the executor. */
  private void write(JobState job, boolean validOnly) {
    try {
      List<MappedRow> rows = job.rows;
      List<MappedRow> writable = rows.stream().filter(row -> !row.hasErrors()).toList();
      BulkWriteResult result =
          bulk.write(
              job.scope,
              change(job),
              candidates(writable),
              validOnly ? BulkWriteMode.VALID_ONLY : BulkWriteMode.ALL_OR_NOTHING);

      List<CandidateOutcome> outcomes = new ArrayList<>(rows.size());
      Iterator<CandidateOutcome> written = result.outcomes().iterator();
      for (int i = 0; i < rows.size(); i++) {
        outcomes.add(rows.get(i).hasErrors() ? job.dryRunOutcomes.get(i) : written.next());
      }
      synchronized (job) {
        job.report = Reports.of(rows, outcomes, job.mapper, result.written());
        if (result.written()) {
          job.status = Status.COMMITTED;
          job.rows = null;
        } else {
          job.fail(
              ImportJobException.HAS_REJECTED_ROWS,
              "Dữ liệu đã thay đổi từ lúc kiểm tra thử và có dòng bị từ chối nên không dòng nào"
                  + " được ghi; hãy xem báo cáo rồi tải tệp lên lại.");
        }
      }
      LOG.info(
          "Import job '{}' committed: {} new, {} updated, {} unchanged, {} left out",
          job.id,
          job.report.newRows(),
          job.report.updatedRows(),
          job.report.unchangedRows(),
          job.report.rejectedRows());
    } catch (RuntimeException e) {
      LOG.error("Import job '{}' failed writing; nothing was written", job.id, e);
      job.fail(FAILED, serverFault(job));
    }
  }

  private static String serverFault(JobState job) {
    return "Máy chủ gặp lỗi khi xử lý lượt nhập "
        + job.id
        + " nên không có dữ liệu nào được ghi; hãy báo quản trị hệ thống kèm mã lượt nhập này.";
  }

  private static ChangeContext change(JobState job) {
    return new ChangeContext(job.owner, "Nhập từ tệp, lượt nhập " + job.id);
  }

  private static List<PersonCandidate> candidates(List<MappedRow> rows) {
    return rows.stream().map(MappedRow::candidate).toList();
  }

  private JobState owned(String actor, String jobId) {
    removeExpired();
    JobState job = jobs.get(jobId);
    if (job == null || !job.owner.equals(actor)) {
      throw new ImportJobException(
          ImportJobException.NOT_FOUND,
          "Không có lượt nhập " + jobId + ", hoặc lượt nhập đã hết hạn; hãy tải tệp lên lại.");
    }
    return job;
  }

  private void requestCancel(JobState job) {
    job.cancelRequested = true;
    ImportReader reader = job.reader;
    if (reader != null) {
      reader.cancel();
    }
  }

  /** Forgets expired jobs; one still reading is cancelled first. A commit in progress stays. */
  private void removeExpired() {
    Instant now = clock.instant();
    jobs.values()
        .removeIf(
            job -> {
              if (job.expiresAt.isAfter(now) || job.status == Status.COMMITTING) {
                return false;
              }
              requestCancel(job);
              LOG.info("Import job '{}' expired and was removed", job.id);
              return true;
            });
  }

  /** Copies the upload to the upload folder, stopping as soon as it is above the limit. */
  private Path store(String id, InputStream content) throws ImportException {
    Path file = uploadFolder.resolve(id + ".upload");
    try {
      Files.createDirectories(uploadFolder);
      try (OutputStream out = Files.newOutputStream(file)) {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = content.read(buffer)) >= 0) {
          total += read;
          if (total > maxUploadBytes) {
            throw new ImportException(
                ImportException.TOO_LARGE,
                "Tệp lớn hơn "
                    + maxUploadBytes / (1024 * 1024)
                    + " MiB, giới hạn của máy chủ; hãy chia tệp thành nhiều tệp nhỏ hơn.");
          }
          out.write(buffer, 0, read);
        }
      }
      return file;
    } catch (ImportException e) {
      delete(file);
      throw e;
    } catch (IOException e) {
      delete(file);
      LOG.error("Storing the upload of import job '{}' in '{}' failed", id, uploadFolder, e);
      throw new ImportException(
          ImportException.READ_FAILED,
          "Máy chủ không lưu được tệp tải lên; hãy thử lại sau hoặc báo quản trị hệ thống.",
          e);
    }
  }

  private static byte[] head(Path file) throws ImportException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(ImportAdapter.PROBE_LENGTH);
    } catch (IOException e) {
      throw new ImportException(
          ImportException.READ_FAILED, "Máy chủ không đọc lại được tệp tải lên; hãy thử lại.", e);
    }
  }

  private static InputStream openFile(Path file) throws ImportException {
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw new ImportException(
          ImportException.READ_FAILED, "Máy chủ không đọc lại được tệp tải lên; hãy thử lại.", e);
    }
  }

  private ImportException notSupported(ImportUpload upload) {
    String formats =
        adapters.stream().map(ImportAdapter::title).sorted().collect(Collectors.joining(", "));
    String message =
        upload.adapterId().isBlank()
            ? "Tệp “"
                + upload.fileName()
                + "” không thuộc định dạng nào máy chủ đọc được"
                + (formats.isEmpty() ? " (chưa cài đặt bộ đọc tệp nào)" : " (" + formats + ")")
                + "; hãy lưu tệp theo một trong các định dạng đó."
            : "Không có bộ đọc tệp “" + upload.adapterId() + "”; các bộ đọc đã cài đặt: " + formats;
    return new ImportException(ImportException.NOT_SUPPORTED, message);
  }

  private static Long defaultUnit(UnitIndex units, ImportUpload upload) throws ImportException {
    String unit = upload.options().get(ImportUpload.DEFAULT_UNIT);
    if (unit == null || unit.isBlank()) {
      return null;
    }
    Optional<Long> byCodeOrName = units.findActive(unit);
    if (byCodeOrName.isPresent()) {
      return byCodeOrName.get();
    }
    Optional<Long> byId = units.findId(unit.strip());
    return byId.orElseThrow(
        () ->
            new ImportException(
                RowMapper.UNIT_NOT_FOUND,
                "Đơn vị mặc định “"
                    + unit
                    + "” không có trong các đơn vị bạn được quản lý; hãy chọn lại đơn vị."));
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.warn("Deleting the upload '{}' failed; delete it by hand", file, e);
    }
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      LOG.warn("Closing an upload failed", e);
    }
  }

  private static Path defaultFolder(String configured) {
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    String data = System.getProperty("karaf.data");
    return data == null
        ? Path.of(System.getProperty("java.io.tmpdir"), "hoso-imports")
        : Path.of(data, "imports");
  }
}
