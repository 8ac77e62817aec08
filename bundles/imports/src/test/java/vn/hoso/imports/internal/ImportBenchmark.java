package vn.hoso.imports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import vn.hoso.api.imports.ImportJob;
import vn.hoso.api.imports.ImportJob.Status;
import vn.hoso.api.imports.ImportUpload;
import vn.hoso.api.personnel.ChangeContext;
import vn.hoso.api.personnel.UnitData;
import vn.hoso.api.personnel.UnitView;
import vn.hoso.api.record.PartialDate;
import vn.hoso.api.record.PersonCategory;
import vn.hoso.api.record.Sex;
import vn.hoso.api.scope.UnitScope;
import vn.hoso.importxlsx.internal.XlsxImportAdapter;
import vn.hoso.records.internal.persistence.EntityManagerFactoryTransactor;
import vn.hoso.records.internal.service.RecordServiceImpl;
import vn.hoso.records.internal.testing.TestDatabase;

/**
 * Imports a workbook of 100,000 people in the template's layout into PostgreSQL, dry run and
 * commit, then a dry run of the same file again, which finds every row unchanged, then loads the
 * rows the import wrote into the same tables with COPY, and prints the times and the peak heap. Not
 * part of the unit tests (its name does not end in Test); run it with:
 *
 * <pre>
 * HOSO_TEST_PG_URL='jdbc:postgresql://127.0.0.1:5432/hoso_import_bench?user=hoso_imports' \
 *   mvn -B -Dquick -pl bundles/imports -am test -Dtest=ImportBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Xmx512m
 * </pre>
 *
 * <p>Everything in that database's schema is dropped first. {@code -Dhoso.benchmark.people=10000}
 * imports fewer people.
 */
class ImportBenchmark {

  private static final int UNITS = 50;

  private static final String[] FAMILY = {
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"
  };
  private static final String[] MIDDLE = {
    "Văn", "Hữu", "Ngọc", "Minh", "Đức", "Thanh", "Quang", "Công"
  };
  private static final String[] GIVEN = {
    "An", "Bình", "Cường", "Dũng", "Hà", "Hoa", "Hùng", "Lan", "Mai", "Quỳnh", "Sơn", "Tâm"
  };

  /** Coefficients of salary type A1 (rank 01.003) by step, from the reference data. */
  private static final String[] A1 = {
    "2.34", "2.67", "3.00", "3.33", "3.66", "3.99", "4.32", "4.65", "4.98"
  };

  /** The tables an import of new people writes, in the order COPY loads them. */
  private static final List<String> TABLES =
      List.of(
          "person",
          "person_name_token",
          "person_name_exact_token",
          "person_name_triple",
          "person_name_exact_triple",
          "salary_history",
          "audit_log");

  @Test
  void importHundredThousandPeople(@TempDir Path dir) throws Exception {
    int people = Integer.getInteger("hoso.benchmark.people", 100_000);
    try (TestDatabase database = TestDatabase.postgres()) {
      RecordServiceImpl records =
          new RecordServiceImpl(
              new EntityManagerFactoryTransactor(database.factory()),
              ImportEngineTestBase.CLOCK,
              change -> {});
      List<String> unitCodes = createUnits(records);
      Path file = dir.resolve("ds-" + people + ".xlsx");
      long writeStart = System.nanoTime();
      write(file, people, unitCodes);
      System.out.printf(
          "Wrote %,d people to %s (%,d bytes) in %,d ms%n",
          people, file.getFileName(), Files.size(file), millisSince(writeStart));

      ImportEngine engine =
          new ImportEngine(
              records,
              records,
              Configs.of(ImportEngineConfig.class, Map.of("maxUploadBytes", 200L << 20)),
              ImportEngineTestBase.CLOCK,
              dir.resolve("uploads"));
      engine.addAdapter(new XlsxImportAdapter(ImportEngineTestBase.xlsxConfig()));

      System.gc();
      resetPeaks();
      HeapSampler sampler = new HeapSampler();
      sampler.start();
      long start = System.nanoTime();
      ImportJob job = upload(engine, file);
      ImportJob dryRun = await(engine, job.id(), Status.DRY_RUN_DONE);
      long dryRunMillis = millisSince(start);
      assertEquals(people, dryRun.report().newRows(), dryRun.report().rows().toString());

      long commitStart = System.nanoTime();
      engine.commit("benchmark", job.id(), false);
      ImportJob committed = await(engine, job.id(), Status.COMMITTED);
      long commitMillis = millisSince(commitStart);
      sampler.finish();
      assertEquals(people, committed.report().newRows());
      assertEquals(people, database.count("person"));

      long againStart = System.nanoTime();
      ImportJob again = await(engine, upload(engine, file).id(), Status.DRY_RUN_DONE);
      long againMillis = millisSince(againStart);
      assertEquals(people, again.report().unchangedRows());
      engine.cancel("benchmark", again.id());
      engine.deactivate();

      System.out.printf(
          "Import: dry run %,d ms, commit %,d ms, total %,d ms; heap sampled %,d MB, heap pool"
              + " peaks %,d MB, max heap %,d MB%n",
          dryRunMillis,
          commitMillis,
          dryRunMillis + commitMillis,
          sampler.peak() >> 20,
          peakPools() >> 20,
          Runtime.getRuntime().maxMemory() >> 20);
      Map<String, Long> rows = new LinkedHashMap<>();
      for (String table : TABLES) {
        rows.put(table, database.count(table));
      }
      System.out.println("Rows written by the import: " + rows);
      System.out.printf(
          "Same file again: dry run %,d ms, %,d rows unchanged%n",
          againMillis, again.report().unchangedRows());

      long copyMillis = reloadWithCopy(database, dir);
      System.out.printf(
          "COPY of the same rows: %,d ms; import / COPY = %.1f%n",
          copyMillis, (double) (dryRunMillis + commitMillis) / copyMillis);
      for (String table : TABLES) {
        assertEquals(rows.get(table), database.count(table), table);
      }
      System.out.println("Load average: " + loadAverage());
    }
  }

  /**
   * Copies the rows the import wrote out to files, empties the tables and times loading them back
   * with COPY, with the tables' indexes and constraints in place as they were for the import.
   */
  private static long reloadWithCopy(TestDatabase database, Path dir)
      throws SQLException, IOException {
    try (Connection connection = database.dataSource().getConnection()) {
      CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
      for (String table : TABLES) {
        try (OutputStream out = Files.newOutputStream(dir.resolve(table + ".copy"))) {
          copy.copyOut("COPY " + table + " TO STDOUT", out);
        }
      }
      try (Statement statement = connection.createStatement()) {
        // CASCADE also empties the change request tables, which refer to people and are empty here.
        statement.execute("TRUNCATE " + String.join(", ", TABLES) + " CASCADE");
      }

      long start = System.nanoTime();
      connection.setAutoCommit(false);
      for (String table : TABLES) {
        try (InputStream in = Files.newInputStream(dir.resolve(table + ".copy"))) {
          copy.copyIn("COPY " + table + " FROM STDIN", in);
        }
      }
      connection.commit();
      return millisSince(start);
    }
  }

  private static List<String> createUnits(RecordServiceImpl records) {
    ChangeContext change = new ChangeContext("benchmark", "Đơn vị của phép đo");
    List<String> codes = new ArrayList<>();
    for (int i = 1; i <= UNITS; i++) {
      UnitView unit =
          records.createUnit(
              UnitScope.all(),
              change,
              new UnitData("DV" + i, "Phòng số " + i, "PHONG", null, true, null));
      codes.add(unit.code());
    }
    return codes;
  }

  /** Writes people with distinct CCCD numbers that fit their sex and birth year. */
  private static void write(Path file, int people, List<String> unitCodes) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        StaffListWorkbook workbook = new StaffListWorkbook(out)) {
      for (int i = 0; i < people; i++) {
        Sex sex = i % 2 == 0 ? Sex.MALE : Sex.FEMALE;
        int year = 1965 + i % 35;
        LocalDate birth = LocalDate.of(year, 1 + i % 12, 1 + i % 28);
        String middle = sex == Sex.FEMALE ? "Thị" : MIDDLE[i / 7 % MIDDLE.length];
        String name = FAMILY[i % FAMILY.length] + " " + middle + " " + GIVEN[i / 3 % GIVEN.length];
        String identity =
            String.format(
                "%03d%d%02d%06d",
                1 + i / 1_000_000, sex == Sex.FEMALE ? 1 : 0, year % 100, i % 1_000_000);
        int step = 1 + i % A1.length;
        workbook.add(
            new StaffListWorkbook.Row(
                name,
                PartialDate.ofDay(birth),
                sex,
                identity,
                String.format("CC%07d", i),
                unitCodes.get(i % unitCodes.size()),
                PersonCategory.CONG_CHUC,
                "01.003",
                step,
                new BigDecimal(A1[step - 1]),
                LocalDate.of(2020 + i % 5, 1 + i % 12, 1),
                i % 50 == 0 ? "Trưởng phòng" : null,
                "Xã " + GIVEN[i % GIVEN.length] + ", tỉnh " + FAMILY[i / 11 % FAMILY.length]));
      }
    }
  }

  private static ImportJob upload(ImportEngine engine, Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file)) {
      return engine.start(
          UnitScope.all(),
          "benchmark",
          new ImportUpload(
              file.getFileName().toString(), ImportEngineTestBase.XLSX_TYPE, "", Map.of()),
          in);
    }
  }

  private static ImportJob await(ImportEngine engine, String id, Status status)
      throws InterruptedException {
    ImportJob last = null;
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
    while (System.nanoTime() < deadline) {
      last = engine.job("benchmark", id).orElseThrow();
      if (last.status() == status) {
        return last;
      }
      if (last.status() == Status.FAILED) {
        throw new AssertionError("import failed: " + last);
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no " + status + " within 30 minutes: " + last);
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static String loadAverage() throws IOException {
    Path loadavg = Path.of("/proc/loadavg");
    return Files.exists(loadavg)
        ? Files.readString(loadavg).strip()
        : String.valueOf(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** Returns the sum of the heap pools' peaks, an upper bound because they peak at other times. */
  private static long peakPools() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** Samples the used heap every 10 ms and keeps the largest value. */
  private static final class HeapSampler extends Thread {
    private final AtomicLong peak = new AtomicLong();
    private volatile boolean running = true;

    HeapSampler() {
      super("heap-sampler");
      setDaemon(true);
    }

    @Override
    public void run() {
      while (running) {
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        peak.accumulateAndGet(used, Math::max);
        try {
          Thread.sleep(10);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    void finish() {
      running = false;
    }

    long peak() {
      return peak.get();
    }
  }
}
