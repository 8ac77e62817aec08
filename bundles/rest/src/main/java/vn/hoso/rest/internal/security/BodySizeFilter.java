package vn.hoso.rest.internal.security;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;
import org.apache.cxf.io.DelegatingInputStream;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;
import vn.hoso.rest.internal.problem.PayloadTooLargeException;

/**
 * Rejects request bodies above {@link RestSettings#bodyMaxBytes()} with 413: before reading when
 * {@code Content-Length} exceeds the limit, and while reading a chunked body, which has no length.
 *
 * <p>Uploads to {@code POST /imports} have the import engine's limit instead, plus {@link
 * #MULTIPART_ALLOWANCE} for the form's boundaries and part headers. CXF reads a whole multipart
 * body into a temporary file before the resource method runs, so without this count an upload of
 * any size would be stored before the engine saw its first byte.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public final class BodySizeFilter implements ContainerRequestFilter {

  /** Bytes an import upload may carry beyond the file itself: boundaries and part headers. */
  static final long MULTIPART_ALLOWANCE = 64 * 1024;

  /** The problem code of an import upload above the engine's limit. */
  static final String IMPORT_TOO_LARGE = "import.too-large";

  private final Supplier<RestSettings> settings;
  private final LongSupplier importUploadLimit;

  /**
   * @param importUploadLimit the import engine's upload limit in bytes, or a negative number when
   *     no engine is installed
   */
  public BodySizeFilter(Supplier<RestSettings> settings, LongSupplier importUploadLimit) {
    this.settings = settings;
    this.importUploadLimit = importUploadLimit;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    long engineLimit = isImportUpload(request) ? importUploadLimit.getAsLong() : -1;
    if (engineLimit >= 0) {
      limit(request, engineLimit + MULTIPART_ALLOWANCE, IMPORT_TOO_LARGE, mebibytes(engineLimit));
    } else {
      long limit = settings.get().bodyMaxBytes();
      limit(request, limit, PayloadTooLargeException.PAYLOAD_TOO_LARGE, limit);
    }
  }

  private static void limit(
      ContainerRequestContext request, long limit, String code, Object detailArgument) {
    String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
    if (declared != null) {
      long length;
      try {
        length = Long.parseLong(declared.strip());
      } catch (NumberFormatException e) {
        Rejections.abort(
            request, "bad-request", 400, false, "invalid Content-Length", "Content-Length");
        return;
      }
      if (length > limit) {
        skipRemainingBody();
        Rejections.abort(
            request,
            code,
            413,
            false,
            "Content-Length " + length + " is above " + limit,
            detailArgument);
        return;
      }
    }
    InputStream body = request.getEntityStream();
    if (body != null) {
      request.setEntityStream(new LimitedInputStream(body, limit, code, detailArgument));
    }
  }

  /**
   * Keeps CXF from reading the rest of a rejected body before it sends the response. Before the
   * response headers, CXF 3.6 reads up to 16 MiB of a body the request left unread and discards it
   * ({@code AbstractHTTPDestination.cacheInput}), so a client sending a large file would wait for
   * that much more to be uploaded. Without the stream CXF skips that step, and Jetty closes the
   * connection after the response because the body was not read to its end.
   */
  static void skipRemainingBody() {
    Message message = PhaseInterceptorChain.getCurrentMessage();
    Message request = message == null ? null : message.getExchange().getInMessage();
    if (request != null) {
      request.removeContent(DelegatingInputStream.class);
    }
  }

  /** Returns a limit in whole MiB, as the import engine's own message states it. */
  private static long mebibytes(long bytes) {
    return bytes / (1024 * 1024);
  }

  private static boolean isImportUpload(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    return "POST".equals(request.getMethod())
        && ("imports".equals(path) || "/imports".equals(path));
  }

  /** Throws {@link PayloadTooLargeException} once more than the limit has been read. */
  static final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private final String code;
    private final Object detailArgument;
    private long count;

    LimitedInputStream(InputStream in, long limit) {
      this(in, limit, PayloadTooLargeException.PAYLOAD_TOO_LARGE, limit);
    }

    LimitedInputStream(InputStream in, long limit, String code, Object detailArgument) {
      super(in);
      this.limit = limit;
      this.code = code;
      this.detailArgument = detailArgument;
    }

    @Override
    public int read() throws IOException {
      int value = super.read();
      if (value >= 0) {
        count(1);
      }
      return value;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int read = super.read(buffer, offset, length);
      if (read > 0) {
        count(read);
      }
      return read;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count(skipped);
      return skipped;
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    private void count(long bytes) {
      count += bytes;
      if (count > limit) {
        skipRemainingBody();
        throw new PayloadTooLargeException(limit, code, detailArgument);
      }
    }
  }
}
