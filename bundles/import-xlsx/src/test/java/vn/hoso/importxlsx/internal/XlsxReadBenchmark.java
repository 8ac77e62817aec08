package vn.hoso.importxlsx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoso.api.imports.CandidateRow;
import vn.hoso.api.imports.ImportException;
import vn.hoso.api.imports.ImportField;
import vn.hoso.api.imports.ImportReader;
import vn.hoso.api.imports.ImportRequest;

/**
 * Reads a 100,000-person workbook and prints the time and the peak heap. Not part of the unit tests
 * (its name does not end in Test); run it with:
 *
 * <pre>
 * mvn -B -Dquick -pl bundles/import-xlsx -am test -Dtest=XlsxReadBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Xmx64m
 * </pre>
 *
 * <p>The workbook is written in the same JVM first, and fastexcel's writer needs more heap than the
 * read. To measure the read alone in a smaller heap, name a file with {@code
 * -Dhoso.benchmark.file=/tmp/ds-100000.xlsx} in the argLine: it is written by a first run and only
 * read by later ones.
 */
class XlsxReadBenchmark {

  private static final int PEOPLE = 100_000;

  /** A section row ("I. Phòng 1") every this many people. */
  private static final int SECTION_SIZE = 1_000;

  private static final String[] FAMILY = {
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"
  };
  private static final String[] MIDDLE = {
    "Văn", "Thị", "Hữu", "Ngọc", "Minh", "Thu", "Đức", "Thanh"
  };
  private static final String[] GIVEN = {
    "An", "Bình", "Cường", "Dung", "Hà", "Hoa", "Hùng", "Lan", "Mai", "Quỳnh"
  };

  @Test
  void readHundredThousandPeople(@TempDir Path dir)
      throws IOException, ImportException, InterruptedException {
    String named = System.getProperty("hoso.benchmark.file");
    Path file = named != null ? Path.of(named) : dir.resolve("ds-100000.xlsx");
    long writeStart = System.nanoTime();
    if (!Files.exists(file)) {
      write(file);
    }
    long writeMillis = (System.nanoTime() - writeStart) / 1_000_000;

    System.gc();
    long baseline = usedHeap();
    resetPeaks();
    HeapSampler sampler = new HeapSampler();
    sampler.start();
    long readStart = System.nanoTime();
    long people = 0;
    XlsxImportAdapter adapter = new XlsxImportAdapter(XlsxImportAdapterTest.LIMITS);
    try (InputStream in = Files.newInputStream(file);
        ImportReader reader = adapter.open(in, ImportRequest.of("ds-100000.xlsx"))) {
      Optional<CandidateRow> row;
      while ((row = reader.next()).isPresent()) {
        people++;
        if (people == PEOPLE) {
          assertEquals("Phòng 100", row.get().text(ImportField.UNIT_NAME).orElseThrow());
        }
      }
    }
    long readMillis = (System.nanoTime() - readStart) / 1_000_000;
    sampler.interrupt();
    sampler.join();

    assertEquals(PEOPLE, people);
    System.out.printf(
        "XLSX read benchmark: %,d people, file %,d bytes (written or found in %,d ms); read in %,d ms;"
            + " max heap %,d MB; heap in use before %,d MB, max sampled during the read %,d MB,"
            + " sum of heap pool peaks %,d MB%n",
        people,
        Files.size(file),
        writeMillis,
        readMillis,
        Runtime.getRuntime().maxMemory() >> 20,
        baseline >> 20,
        sampler.max.get() >> 20,
        heapPoolPeaks() >> 20);
  }

  private static void write(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook workbook = new Workbook(out, "Hoso", "1.0");
      Worksheet sheet = workbook.newWorksheet("DS");
      sheet.value(0, 0, "DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC");
      String[] header = {
        "STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Số hiệu cán bộ, công chức",
        "Đối tượng", "Mã ngạch", "Bậc", "Hệ số lương", "Ngày hưởng", "Chức vụ"
      };
      for (int c = 0; c < header.length; c++) {
        sheet.value(2, c, header[c]);
      }
      int r = 3;
      for (int i = 0; i < PEOPLE; i++) {
        if (i % SECTION_SIZE == 0) {
          sheet.value(r++, 0, toRoman(i / SECTION_SIZE + 1) + ". Phòng " + (i / SECTION_SIZE + 1));
        }
        sheet.value(r, 0, i + 1);
        sheet.value(
            r, 1, FAMILY[i % 8] + " " + MIDDLE[(i / 8) % 8] + " " + GIVEN[(i / 64) % 10] + " " + i);
        sheet.value(r, 2, LocalDate.of(1960 + i % 40, 1 + i % 12, 1 + i % 28));
        sheet.style(r, 2).format("dd/mm/yyyy").set();
        sheet.value(r, 3, i % 2 == 0 ? "Nam" : "Nữ");
        sheet.value(r, 4, String.format("%012d", 1_000_000_000L + i));
        sheet.value(r, 5, "CC" + (100_000 + i));
        sheet.value(r, 6, "Công chức");
        sheet.value(r, 7, "01.003");
        sheet.value(r, 8, 1 + i % 9);
        sheet.value(r, 9, 2.34 + 0.33 * (i % 9));
        sheet.value(r, 10, "01/07/" + (2015 + i % 10));
        sheet.value(r, 11, i % 10 == 0 ? "Trưởng phòng" : "Chuyên viên");
        r++;
        if (r % 10_000 == 0) {
          sheet.flush();
        }
      }
      workbook.finish();
    }
  }

  private static String toRoman(int number) {
    int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] numerals = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder roman = new StringBuilder();
    int rest = number;
    for (int i = 0; i < values.length; i++) {
      while (rest >= values[i]) {
        roman.append(numerals[i]);
        rest -= values[i];
      }
    }
    return roman.toString();
  }

  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** The sum of each heap pool's peak: an upper bound, since the pools peak at different times. */
  private static long heapPoolPeaks() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** Samples the used heap every 5 ms and keeps the maximum. */
  private static final class HeapSampler extends Thread {
    final AtomicLong max = new AtomicLong();

    HeapSampler() {
      setDaemon(true);
    }

    @Override
    public void run() {
      while (!isInterrupted()) {
        max.accumulateAndGet(usedHeap(), Math::max);
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }
}
