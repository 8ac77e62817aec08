package vn.hoso.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import vn.hoso.api.personnel.ChangeContext;
import vn.hoso.api.personnel.RecordService;
import vn.hoso.api.personnel.UnitData;
import vn.hoso.api.personnel.UnitView;
import vn.hoso.api.scope.UnitScope;

/**
 * An officer imports an Excel staff list through the API: dry run, commit, the people in the list,
 * a re-import that changes nothing, and a file that is not a workbook.
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

  @Configuration
  public Option[] config() {
    return baseOptions();
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
        "/imports", body.toByteArray(), "multipart/form-data; boundary=" + boundary, token);
  }

  private HttpResponse<String> send(String path, String body, String type, String token)
      throws IOException, InterruptedException {
    return sendBytes(path, body.getBytes(StandardCharsets.UTF_8), type, token);
  }

  private HttpResponse<String> sendBytes(String path, byte[] body, String type, String token)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(api(path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", type)
            .header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Returns a workbook with a title, the header row and {@link #PEOPLE}, in text cells. */
  private static byte[] staffList() throws IOException {
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
    String sheet =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<sheetData>"
            + rows
            + "</sheetData></worksheet>";
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
