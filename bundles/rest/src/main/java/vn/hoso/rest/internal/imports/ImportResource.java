package vn.hoso.rest.internal.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.apache.cxf.jaxrs.ext.multipart.Attachment;
import org.apache.cxf.jaxrs.ext.multipart.MultipartBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hoso.api.imports.ImportException;
import vn.hoso.api.imports.ImportJob;
import vn.hoso.api.imports.ImportJobException;
import vn.hoso.api.imports.ImportRequest;
import vn.hoso.api.imports.ImportService;
import vn.hoso.api.imports.ImportUpload;
import vn.hoso.api.security.Role;
import vn.hoso.rest.internal.problem.Problem;
import vn.hoso.rest.internal.problem.ProblemException;
import vn.hoso.rest.internal.problem.ProblemMessages;
import vn.hoso.rest.internal.problem.Problems;
import vn.hoso.rest.internal.security.CallerScopes;
import vn.hoso.rest.internal.security.CallerSecurityContext;
import vn.hoso.rest.internal.security.RequiresRole;

/**
 * {@code /api/v1/imports}: upload a staff list, follow its dry run, commit or cancel it, and
 * download the template.
 *
 * <p>A file that cannot be read gets an {@code application/problem+json} response with the
 * adapter's code ({@code import.corrupt}, {@code import.zip-bomb}, ...) and its Vietnamese message
 * as the detail; nothing of it is stored.
 */
@Path("/imports")
@Produces(MediaType.APPLICATION_JSON)
@RequiresRole({Role.ADMINISTRATOR, Role.MINISTRY_OFFICER, Role.UNIT_OFFICER})
public final class ImportResource {

  private static final Logger LOG = LoggerFactory.getLogger(ImportResource.class);

  private static final String TEMPLATE_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final Supplier<ImportService> imports;

  /** The problem code whose messages stand in for a code the message files do not have. */
  static final String UNREADABLE = "import.unreadable";

  @Context private UriInfo uriInfo;
  @Context private HttpHeaders headers;

  public ImportResource(Supplier<ImportService> imports) {
    this.imports = imports;
  }

  /**
   * Starts an import of the {@code file} part of a form.
   *
   * @param adapter the adapter id ({@code xlsx}, {@code csv}); detected when missing
   * @param sheet the worksheet to read
   * @param encoding the text encoding of a CSV file
   * @param unit id or code of the unit of rows that name none
   */
  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response uploadForm(
      MultipartBody body,
      @QueryParam("adapter") String adapter,
      @QueryParam("sheet") String sheet,
      @QueryParam("encoding") String encoding,
      @QueryParam("unit") String unit,
      @Context SecurityContext security)
      throws IOException {
    Attachment file = body.getAttachment("file");
    if (file == null) {
      throw new ProblemException("missing-body", 400);
    }
    String fileName =
        file.getContentDisposition() == null
            ? ""
            : nullToEmpty(file.getContentDisposition().getParameter("filename"));
    String mediaType = file.getContentType() == null ? "" : file.getContentType().toString();

    try (InputStream content = file.getObject(InputStream.class)) {
      return start(security, fileName, mediaType, adapter, sheet, encoding, unit, content);
    }
  }

  /**
   * Starts an import of the request body, for clients that send the file as it is.
   *
   * @param fileName the file's name, whose extension helps to choose the adapter
   */
  @POST
  @Consumes(MediaType.WILDCARD)
  public Response uploadRaw(
      InputStream body,
      @QueryParam("filename") String fileName,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String mediaType,
      @QueryParam("adapter") String adapter,
      @QueryParam("sheet") String sheet,
      @QueryParam("encoding") String encoding,
      @QueryParam("unit") String unit,
      @Context SecurityContext security) {
    return start(
        security,
        nullToEmpty(fileName),
        nullToEmpty(mediaType),
        adapter,
        sheet,
        encoding,
        unit,
        body);
  }

  /** Returns a job: its status, the rows read so far and, once the dry run is done, its report. */
  @GET
  @Path("/{id}")
  public Response job(@PathParam("id") String id, @Context SecurityContext security) {
    String actor = actor(security);
    return service()
        .job(actor, id)
        .map(job -> Response.ok(job).build())
        .orElseGet(() -> jobProblem(notFound(id)));
  }

  /**
   * Writes the rows of a finished dry run in the background.
   *
   * @param validOnly {@code true} to write the valid rows and leave out the rejected ones
   */
  @POST
  @Path("/{id}/commit")
  public Response commit(
      @PathParam("id") String id,
      @QueryParam("validOnly") boolean validOnly,
      @Context SecurityContext security) {
    try {
      return Response.accepted(service().commit(actor(security), id, validOnly)).build();
    } catch (ImportJobException e) {
      return jobProblem(e);
    }
  }

  /** Cancels a job that is reading or waiting for its commit. */
  @POST
  @Path("/{id}/cancel")
  public Response cancel(@PathParam("id") String id, @Context SecurityContext security) {
    try {
      return Response.ok(service().cancel(actor(security), id)).build();
    } catch (ImportJobException e) {
      return jobProblem(e);
    }
  }

  /** Returns an empty workbook with the header row the XLSX import reads. */
  @GET
  @Path("/template.xlsx")
  @Produces(TEMPLATE_TYPE)
  public Response template() {
    return Response.ok(service().template(), TEMPLATE_TYPE)
        .header("Content-Disposition", "attachment; filename=\"mau-nhap-ho-so.xlsx\"")
        .build();
  }

  private Response start(
      SecurityContext security,
      String fileName,
      String mediaType,
      String adapter,
      String sheet,
      String encoding,
      String unit,
      InputStream content) {
    Map<String, String> options = new HashMap<>();
    putIfPresent(options, ImportRequest.SHEET, sheet);
    putIfPresent(options, ImportRequest.ENCODING, encoding);
    putIfPresent(options, ImportUpload.DEFAULT_UNIT, unit);
    ImportUpload upload = new ImportUpload(fileName, mediaType, nullToEmpty(adapter), options);
    ImportService service = service();

    ImportJob job;
    try {
      job = service.start(CallerScopes.write(security), actor(security), upload, content);
    } catch (ImportException e) {
      int status = statusOf(e.code());
      LOG.warn("Upload '{}' rejected with '{}'", fileName, e.code());
      return problem(e.code(), status, e.getMessage());
    }

    return Response.accepted(job)
        .location(uriInfo.getBaseUriBuilder().path("imports").path(job.id()).build())
        .build();
  }

  private static int statusOf(String code) {
    return switch (code) {
      case ImportException.TOO_LARGE -> 413;
      case ImportException.READ_FAILED -> 500;
      default -> 422;
    };
  }

  private ImportService service() {
    ImportService service = imports.get();
    if (service == null) {
      throw new ProblemException("imports-unavailable", 503);
    }
    return service;
  }

  private static String actor(SecurityContext security) {
    return CallerSecurityContext.caller(security).username();
  }

  private static ImportJobException notFound(String id) {
    return new ImportJobException(
        ImportJobException.NOT_FOUND,
        "Không có lượt nhập " + id + ", hoặc lượt nhập đã hết hạn; hãy tải tệp lên lại.");
  }

  private Response jobProblem(ImportJobException e) {
    int status = ImportJobException.NOT_FOUND.equals(e.code()) ? 404 : 409;
    LOG.warn("Import job request rejected with '{}'", e.code());
    return problem(e.code(), status, e.getMessage());
  }

  /**
   * Builds a problem in the client's language. A Vietnamese detail is the engine's or adapter's own
   * message, which names the sheet, part or limit at fault; an English one is the code's message.
   */
  private Response problem(String code, int status, String vietnameseDetail) {
    Locale locale = ProblemMessages.choose(headers.getAcceptableLanguages());
    // An adapter outside this repository may raise a code the message files do not know.
    String messageCode = ProblemMessages.hasProblem(code) ? code : UNREADABLE;
    String detail =
        ProblemMessages.VIETNAMESE.equals(locale)
            ? vietnameseDetail
            : ProblemMessages.detail(messageCode, locale, maxUploadMebibytes());
    Problem problem =
        new Problem(
            "urn:hoso:problem:" + code,
            code,
            ProblemMessages.title(messageCode, locale),
            status,
            detail,
            "/" + uriInfo.getPath());
    return Problems.response(problem);
  }

  /** Returns the engine's upload limit in whole MiB, the argument of the too-large detail. */
  private long maxUploadMebibytes() {
    ImportService service = imports.get();
    return service == null ? 0 : service.maxUploadBytes() / (1024 * 1024);
  }

  private static void putIfPresent(Map<String, String> options, String name, String value) {
    if (value != null && !value.isBlank()) {
      options.put(name, value.strip());
    }
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
