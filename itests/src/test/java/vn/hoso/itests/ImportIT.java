package vn.hoso.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import vn.hoso.api.personnel.AuditQuery;
import vn.hoso.api.personnel.ChangeContext;
import vn.hoso.api.personnel.PersonQuery;
import vn.hoso.api.personnel.PersonSort;
import vn.hoso.api.personnel.RecordService;
import vn.hoso.api.personnel.UnitData;
import vn.hoso.api.personnel.UnitView;
import vn.hoso.api.scope.UnitScope;
import vn.hoso.api.security.Role;

/**
 * An officer imports an Excel staff list through the API: dry run, commit, the people in the list,
 * a re-import that changes nothing, and a file that is not a workbook. The export of people reads
 * back unchanged, and each kind of bad file gets a problem in Vietnamese or English and stores
 * nothing, an oversized upload before its end has arrived.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ImportIT extends HosoTestSupport {

  private static final String XLSX_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final String UNIT_NAME = "Phòng Nhập liệu";

  private static final List<List<String>> PEOPLE =
      List.of(
          List.of("1", "Nguyễn Văn Nhập", "20/05/1985", "Nam", "001085000101", "Công chức"),
          List.of("2", "Trần Thị Liệu", "02/09/1990", "Nữ", "001190000102", "Công chức"),
          List.of("3", "Lê Văn Tệp", "15/01/1979", "Nam", "001079000103", "Viên chức"));

  private final HttpClient http = HttpClient.newHttpClient();

  @Inject private RecordService records;

  /** The engine's upload limit in this test, small enough to send more than it quickly. */
  private static final long MAX_UPLOAD_BYTES = 2L * 1024 * 1024;

  @Configuration
  public Option[] config() {
    return OptionUtils.combine(
        baseOptions(),
        editConfigurationFilePut(
            "etc/vn.hoso.imports.cfg", "maxUploadBytes", String.valueOf(MAX_UPLOAD_BYTES)),
        // The record service is injected before a test can wait for the server, and on a busy
        // machine it takes longer than Pax Exam's default of 10 seconds to appear after the boot.
        systemProperty("pax.exam.service.timeout").value("60000"));
  }

  @Test
  public void officerImportsStaffListOnce() throws Exception {
    awaitHealthy();
    String token = loginAsAdministrator();
    UnitView unit =
        records.createUnit(
            UnitScope.all(),
            new ChangeContext("itest", "Dữ liệu kiểm thử nhập tệp"),
            new UnitData("ITEST-NHAP", UNIT_NAME, "PHONG", null, true, null));
    executeCommand("feature:install hoso-import-xlsx");
    awaitResponse(
        "/imports/template.xlsx",
        response -> response.statusCode() == 200,
        DEFAULT_TIMEOUT,
        "Authorization",
        "Bearer " + token);
    byte[] workbook = staffList();

    HttpResponse<String> upload = uploadForm(workbook, "danh-sach.xlsx", token);

    assertEquals(upload.body(), 202, upload.statusCode());
    JsonNode dryRun = awaitStatus(json(upload).path("id").asText(), "DRY_RUN_DONE", token);
    JsonNode report = dryRun.path("report");
    assertEquals(report.toString(), 3, report.path("newRows").asInt());
    assertEquals(report.toString(), 0, report.path("rejectedRows").asInt());
    assertEquals(report.toString(), 0, report.path("updatedRows").asInt());
    assertEquals(3, dryRun.path("rowsRead").asInt());
    assertEquals("dry run wrote people", 0, peopleIn(unit, token));

    HttpResponse<String> commit =
        send("/imports/" + dryRun.path("id").asText() + "/commit", "", "text/plain", token);

    assertEquals(commit.body(), 202, commit.statusCode());
    JsonNode committed = awaitStatus(dryRun.path("id").asText(), "COMMITTED", token);
    assertTrue(committed.path("report").path("written").asBoolean());
    assertEquals(3, peopleIn(unit, token));

    HttpResponse<String> again =
        sendBytes("/imports?filename=danh-sach.xlsx", workbook, XLSX_TYPE, token);

    assertEquals(again.body(), 202, again.statusCode());
    JsonNode unchanged = awaitStatus(json(again).path("id").asText(), "DRY_RUN_DONE", token);
    assertEquals(unchanged.toString(), 3, unchanged.path("report").path("unchangedRows").asInt());
    assertEquals(unchanged.toString(), 0, unchanged.path("report").path("newRows").asInt());

    HttpResponse<String> bad =
        sendBytes(
            "/imports?filename=hong.xlsx",
            "đây không phải bảng tính".getBytes(StandardCharsets.UTF_8),
            XLSX_TYPE,
            token);

    assertEquals(bad.body(), 422, bad.statusCode());
    assertTrue(
        bad.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    assertTrue(bad.body(), json(bad).path("code").asText().startsWith("import."));
    assertTrue(bad.body(), !json(bad).path("detail").asText().isBlank());
    assertEquals(3, peopleIn(unit, token));
    assertEquals("uploads left behind", 0, storedUploads());
  }

  @Test
  public void exportRoundTripsThroughImportUnchanged() throws Exception {
    String token = readyForImports();
    UnitView unit = newUnit("ITEST-XUAT", "Phòng Xuất dữ liệu");
    UnitView other = newUnit("ITEST-KHAC", "Phòng Khác");
    commit(staffListOf(unit.name(), "002", 4), token);
    commit(staffListOf(other.name(), "003", 2), token);
    String officer =
        loginAs("itest-xuat", Set.of(Role.UNIT_OFFICER), Set.of(String.valueOf(unit.id())));

    HttpResponse<byte[]> export = getBytes("/people/export.xlsx", officer);

    assertEquals(200, export.statusCode());
    assertTrue(export.headers().firstValue("Content-Type").orElse("").startsWith(XLSX_TYPE));
    assertTrue(export.headers().firstValue("Content-Disposition").orElse("").contains(".xlsx"));
    long auditBefore = auditRows();
    HttpResponse<String> upload = uploadForm(export.body(), "xuat.xlsx", officer, "vi");
    assertEquals(upload.body(), 202, upload.statusCode());
    JsonNode dryRun = awaitStatus(json(upload).path("id").asText(), "DRY_RUN_DONE", officer);
    JsonNode report = dryRun.path("report");
    assertEquals("people of the officer's unit only", 4, dryRun.path("rowsRead").asInt());
    assertEquals(report.toString(), 4, report.path("unchangedRows").asInt());
    assertEquals(report.toString(), 0, report.path("newRows").asInt());
    assertEquals(report.toString(), 0, report.path("updatedRows").asInt());
    assertEquals(report.toString(), 0, report.path("rejectedRows").asInt());
    assertEquals(auditBefore, auditRows());

    long employeeRecord =
        records
            .findPeople(
                UnitScope.all(),
                new PersonQuery(
                    null,
                    other.id(),
                    Set.of(),
                    null,
                    null,
                    null,
                    null,
                    PersonSort.NAME,
                    false,
                    0,
                    1))
            .items()
            .get(0)
            .id();
    String employee =
        loginAs("itest-nhan-vien", Set.of(Role.EMPLOYEE), Set.of(), String.valueOf(employeeRecord));
    assertEquals(403, getBytes("/people/export.xlsx", employee).statusCode());
  }

  @Test
  public void badFilesGetVietnameseProblemAndStoreNothing() throws Exception {
    String token = readyForImports();
    long peopleBefore = allPeople();
    long auditBefore = auditRows();

    for (BadFile bad : badFiles()) {
      HttpResponse<String> response = uploadForm(bad.content(), bad.fileName(), token, null);

      assertEquals(bad.code() + ": " + response.body(), bad.status(), response.statusCode());
      assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(PROBLEM_TYPE));
      JsonNode problem = json(response);
      assertEquals(response.body(), bad.code(), problem.path("code").asText());
      assertEquals(response.body(), bad.vietnameseTitle(), problem.path("title").asText());
      assertTrue(
          response.body(), VIETNAMESE_LETTER.matcher(problem.path("detail").asText()).find());
      assertEquals(bad.code() + " stored a person", peopleBefore, allPeople());
      assertEquals(bad.code() + " wrote the audit log", auditBefore, auditRows());
      assertEquals(bad.code() + " left its upload behind", 0, storedUploads());
    }
  }

  @Test
  public void badFilesGetEnglishProblemOnRequest() throws Exception {
    String token = readyForImports();
    long peopleBefore = allPeople();
    long auditBefore = auditRows();

    for (BadFile bad : badFiles()) {
      HttpResponse<String> response = uploadForm(bad.content(), bad.fileName(), token, "en");

      assertEquals(bad.code() + ": " + response.body(), bad.status(), response.statusCode());
      JsonNode problem = json(response);
      assertEquals(response.body(), bad.code(), problem.path("code").asText());
      assertEquals(response.body(), bad.englishTitle(), problem.path("title").asText());
      assertFalse(
          response.body(), VIETNAMESE_LETTER.matcher(problem.path("title").asText()).find());
      assertFalse(response.body(), problem.path("detail").asText().isBlank());
      assertEquals(bad.code() + " stored a person", peopleBefore, allPeople());
      assertEquals(bad.code() + " wrote the audit log", auditBefore, auditRows());
      assertEquals(bad.code() + " left its upload behind", 0, storedUploads());
    }
  }

  /**
   * Sends a chunked multipart upload larger than the limit and never ends it. A server that
   * buffered the whole body before checking its size would wait for the end and never send a
   * response.
   */
  @Test
  public void oversizeUploadIsRejectedWhileStreaming() throws Exception {
    String token = readyForImports();
    long peopleBefore = allPeople();
    URI uri = api("/imports");

    try (Socket socket = new Socket("127.0.0.1", uri.getPort())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      String boundary = "hoso-itest-stream";
      out.write(
          ("POST "
                  + uri.getPath()
                  + " HTTP/1.1\r\nHost: 127.0.0.1:"
                  + uri.getPort()
                  + "\r\nAuthorization: Bearer "
                  + token
                  + "\r\nContent-Type: multipart/form-data; boundary="
                  + boundary
                  + "\r\nTransfer-Encoding: chunked\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      chunk(
          out,
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lon.xlsx\""
                  + "\r\nContent-Type: "
                  + XLSX_TYPE
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      Thread sender = new Thread(() -> sendWithoutEnd(out, MAX_UPLOAD_BYTES + 1024 * 1024));
      sender.setDaemon(true);
      sender.start();

      String status = readStatusLine(socket.getInputStream());

      assertTrue(
          "the server did not answer before the body ended: " + status,
          status.startsWith("HTTP/1.1 413"));
    }
    assertEquals(peopleBefore, allPeople());
    assertEquals(0, storedUploads());
  }

  @Test
  public void oversizeContentLengthIsRejectedBeforeReading() throws Exception {
    String token = readyForImports();
    URI uri = api("/imports");

    try (Socket socket = new Socket("127.0.0.1", uri.getPort())) {
      socket.setSoTimeout(30_000);
      socket
          .getOutputStream()
          .write(
              ("POST "
                      + uri.getPath()
                      + " HTTP/1.1\r\nHost: 127.0.0.1:"
                      + uri.getPort()
                      + "\r\nAuthorization: Bearer "
                      + token
                      + "\r\nAccept-Language: en"
                      + "\r\nContent-Type: multipart/form-data; boundary=b"
                      + "\r\nContent-Length: "
                      + 10 * MAX_UPLOAD_BYTES
                      + "\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));

      String response =
          new String(socket.getInputStream().readNBytes(4096), StandardCharsets.UTF_8);

      assertTrue(response, response.startsWith("HTTP/1.1 413"));
      assertTrue(response, response.contains("\"code\":\"import.too-large\""));
      assertTrue(response, response.contains("larger than 2 MiB"));
    }
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private static final String PROBLEM_TYPE = "application/problem+json";

  /** A letter that only Vietnamese text has, such as ệ or đ. */
  private static final Pattern VIETNAMESE_LETTER =
      Pattern.compile(
          "[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]",
          Pattern.CASE_INSENSITIVE);

  private record BadFile(
      String fileName,
      byte[] content,
      int status,
      String code,
      String vietnameseTitle,
      String englishTitle) {}

  private static List<BadFile> badFiles() throws IOException {
    byte[] valid = staffList();
    String doctypeSheet =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM"
            + " \"file:///etc/passwd\">]><worksheet"
            + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row"
            + " r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>";
    String report =
        sheet(
            row(1, List.of("BÁO CÁO THÁNG 12"))
                + row(2, List.of("Chỉ tiêu", "Số lượng"))
                + row(3, List.of("Biên chế", "25")));
    byte[] oversize = new byte[(int) MAX_UPLOAD_BYTES + 1024];
    new Random(7).nextBytes(oversize);
    return List.of(
        new BadFile(
            "ghi-chu.xlsx",
            "đây không phải bảng tính".getBytes(StandardCharsets.UTF_8),
            422,
            "import.not-supported",
            "Định dạng tệp không được hỗ trợ",
            "Unsupported file format"),
        new BadFile(
            "cat-doi.xlsx",
            Arrays.copyOf(valid, valid.length / 2),
            422,
            "import.corrupt",
            "Tệp bị hỏng",
            "Damaged file"),
        new BadFile(
            "xxe.xlsx",
            workbook(doctypeSheet, Map.of()),
            422,
            "import.xml-doctype",
            "Tệp chứa khai báo không được phép",
            "Forbidden declaration in file"),
        new BadFile(
            "bom.xlsx",
            workbook(staffListSheet(), Map.of("xl/media/image1.bin", new byte[16 * 1024 * 1024])),
            422,
            "import.zip-bomb",
            "Tệp nén bất thường",
            "Suspicious compressed file"),
        new BadFile(
            "bao-cao.xlsx",
            workbook(report, Map.of()),
            422,
            "import.no-header",
            "Không tìm thấy dòng tiêu đề",
            "No header row found"),
        new BadFile(
            "qua-lon.xlsx", oversize, 413, "import.too-large", "Tệp quá lớn", "File too large"));
  }

  /** Installs the XLSX adapter, waits for the import API and returns an administrator's token. */
  private String readyForImports() throws Exception {
    awaitHealthy();
    String token = loginAsAdministrator();
    executeCommand("feature:install hoso-import-xlsx");
    awaitResponse(
        "/imports/template.xlsx",
        response -> response.statusCode() == 200,
        DEFAULT_TIMEOUT,
        "Authorization",
        "Bearer " + token);
    return token;
  }

  private UnitView newUnit(String code, String name) {
    return records.createUnit(
        UnitScope.all(),
        new ChangeContext("itest", "Dữ liệu kiểm thử nhập tệp"),
        new UnitData(code, name, "PHONG", null, true, null));
  }

  /** Returns a staff list of people of one unit, with identity numbers from a province code. */
  private static byte[] staffListOf(String unitName, String province, int count)
      throws IOException {
    StringBuilder rows = new StringBuilder(row(1, List.of("DANH SÁCH CÁN BỘ, CÔNG CHỨC")));
    rows.append(
        row(
            3,
            List.of(
                "STT",
                "Họ và tên",
                "Ngày sinh",
                "Giới tính",
                "Số định danh cá nhân",
                "Đối tượng",
                "Đơn vị",
                "Mã ngạch",
                "Bậc lương",
                "Ngày hưởng",
                "Quê quán")));
    for (int i = 0; i < count; i++) {
      rows.append(
          row(
              4 + i,
              List.of(
                  String.valueOf(i + 1),
                  "Nguyễn Văn Xuất " + (char) ('A' + i),
                  "0" + (i + 1) + "/03/198" + i,
                  "Nam",
                  province + "08" + i + "00020" + i,
                  "Công chức",
                  unitName,
                  "01.003",
                  "3",
                  "01/04/2023",
                  "Xã Đông Hòa, tỉnh Thái Bình")));
    }
    return workbook(sheet(rows.toString()), Map.of());
  }

  private void commit(byte[] workbook, String token) throws Exception {
    HttpResponse<String> upload = uploadForm(workbook, "danh-sach.xlsx", token, null);
    assertEquals(upload.body(), 202, upload.statusCode());
    String id = json(upload).path("id").asText();
    JsonNode dryRun = awaitStatus(id, "DRY_RUN_DONE", token);
    assertEquals(dryRun.toString(), 0, dryRun.path("report").path("rejectedRows").asInt());
    HttpResponse<String> commit = send("/imports/" + id + "/commit", "", "text/plain", token);
    assertEquals(commit.body(), 202, commit.statusCode());
    awaitStatus(id, "COMMITTED", token);
  }

  private long allPeople() {
    return records.findPeople(UnitScope.all(), PersonQuery.all()).total();
  }

  private long auditRows() {
    return records.audit(UnitScope.all(), new AuditQuery(null, null, null, null, 0, 1)).total();
  }

  private static void chunk(OutputStream out, byte[] data) throws IOException {
    out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(data);
    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  /** Sends about {@code total} bytes of file content as chunks, without the final chunk. */
  private static void sendWithoutEnd(OutputStream out, long total) {
    byte[] block = new byte[64 * 1024];
    new Random(11).nextBytes(block);
    try {
      for (long sent = 0; sent < total; sent += block.length) {
        chunk(out, block);
      }
    } catch (IOException e) {
      // The server closed the connection after rejecting the upload; that is the expected end.
    }
  }

  private static String readStatusLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    int c;
    while ((c = in.read()) >= 0 && c != '\n') {
      line.append((char) c);
    }
    return line.toString().strip();
  }

  private JsonNode awaitStatus(String id, String status, String token) throws Exception {
    return json(
        awaitResponse(
            "/imports/" + id,
            response -> response.statusCode() == 200 && response.body().contains(status),
            DEFAULT_TIMEOUT,
            "Authorization",
            "Bearer " + token));
  }

  private long peopleIn(UnitView unit, String token) throws Exception {
    HttpResponse<String> response =
        get("/people?unit=" + unit.id(), "Authorization", "Bearer " + token);
    assertEquals(response.body(), 200, response.statusCode());
    return json(response).path("total").asLong();
  }

  private static long storedUploads() throws IOException {
    Path folder = Path.of(System.getProperty("karaf.data"), "imports");
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.count();
    }
  }

  private HttpResponse<String> uploadForm(byte[] file, String fileName, String token)
      throws IOException, InterruptedException {
    return uploadForm(file, fileName, token, null);
  }

  /** Uploads a file as the {@code file} part of a form, in a language when one is given. */
  private HttpResponse<String> uploadForm(
      byte[] file, String fileName, String token, String language)
      throws IOException, InterruptedException {
    String boundary = "hoso-itest-boundary";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: "
                + XLSX_TYPE
                + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.write(file);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return sendBytes(
        "/imports",
        body.toByteArray(),
        "multipart/form-data; boundary=" + boundary,
        token,
        language);
  }

  private HttpResponse<String> send(String path, String body, String type, String token)
      throws IOException, InterruptedException {
    return sendBytes(path, body.getBytes(StandardCharsets.UTF_8), type, token);
  }

  private HttpResponse<String> sendBytes(String path, byte[] body, String type, String token)
      throws IOException, InterruptedException {
    return sendBytes(path, body, type, token, null);
  }

  private HttpResponse<String> sendBytes(
      String path, byte[] body, String type, String token, String language)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(api(path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", type)
            .header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (language != null) {
      request.header("Accept-Language", language);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Returns a workbook with a title, the header row and {@link #PEOPLE}, in text cells. */
  private static byte[] staffList() throws IOException {
    return workbook(staffListSheet(), Map.of());
  }

  private static String staffListSheet() {
    StringBuilder rows = new StringBuilder();
    rows.append(row(1, List.of("DANH SÁCH CÁN BỘ, CÔNG CHỨC")));
    rows.append(
        row(
            3,
            List.of(
                "STT",
                "Họ và tên",
                "Ngày sinh",
                "Giới tính",
                "Số định danh cá nhân",
                "Đối tượng",
                "Đơn vị",
                "Mã ngạch",
                "Bậc lương",
                "Ngày hưởng")));
    for (int i = 0; i < PEOPLE.size(); i++) {
      List<String> cells = new java.util.ArrayList<>(PEOPLE.get(i));
      cells.addAll(List.of(UNIT_NAME, "01.003", "3", "01/04/2023"));
      rows.append(row(4 + i, cells));
    }
    return sheet(rows.toString());
  }

  private static String sheet(String rows) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + "<sheetData>"
        + rows
        + "</sheetData></worksheet>";
  }

  /** Returns a workbook of one sheet, with further parts such as a large one for a zip bomb. */
  private static byte[] workbook(String sheet, Map<String, byte[]> extraParts) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      put(
          zip,
          "[Content_Types].xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default"
              + " Extension=\"rels\""
              + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default"
              + " Extension=\"xml\" ContentType=\"application/xml\"/><Override"
              + " PartName=\"/xl/workbook.xml\""
              + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override"
              + " PartName=\"/xl/worksheets/sheet1.xml\""
              + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/><Override"
              + " PartName=\"/xl/styles.xml\""
              + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/></Types>");
      put(
          zip,
          "_rels/.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
              + " Id=\"rId1\""
              + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
              + " Target=\"xl/workbook.xml\"/></Relationships>");
      put(
          zip,
          "xl/workbook.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook"
              + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
              + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet"
              + " name=\"Danh sách\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
      put(
          zip,
          "xl/_rels/workbook.xml.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
              + " Id=\"rId1\""
              + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\""
              + " Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\""
              + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\""
              + " Target=\"styles.xml\"/></Relationships>");
      put(
          zip,
          "xl/styles.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet"
              + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><fonts"
              + " count=\"1\"><font><sz val=\"12\"/></font></fonts><fills count=\"1\"><fill><patternFill"
              + " patternType=\"none\"/></fill></fills><borders count=\"1\"><border/></borders><cellStyleXfs"
              + " count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs><cellXfs"
              + " count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\""
              + " xfId=\"0\"/></cellXfs></styleSheet>");
      put(zip, "xl/worksheets/sheet1.xml", sheet);
      for (Map.Entry<String, byte[]> part : extraParts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue());
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static String row(int number, List<String> cells) {
    StringBuilder row = new StringBuilder("<row r=\"" + number + "\">");
    for (int i = 0; i < cells.size(); i++) {
      row.append("<c r=\"")
          .append((char) ('A' + i))
          .append(number)
          .append("\" t=\"inlineStr\"><is><t>")
          .append(cells.get(i))
          .append("</t></is></c>");
    }
    return row.append("</row>").toString();
  }

  private static void put(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
