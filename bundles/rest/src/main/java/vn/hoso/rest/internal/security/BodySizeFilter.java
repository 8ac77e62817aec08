package vn.hoso.rest.internal.security;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;
import vn.hoso.rest.internal.problem.PayloadTooLargeException;

/**
 * Rejects request bodies above {@link RestSettings#bodyMaxBytes()} with 413: before reading when
 * {@code Content-Length} exceeds the limit, and while reading a chunked body, which has no length.
 * Uploads to {@code POST /imports} are left to the import engine's own limit.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public final class BodySizeFilter implements ContainerRequestFilter {

  private final Supplier<RestSettings> settings;

  public BodySizeFilter(Supplier<RestSettings> settings) {
    this.settings = settings;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (isImportUpload(request)) {
      // The import engine stores uploads with a size limit of its own (vn.hoso.imports).
      return;
    }
    long limit = settings.get().bodyMaxBytes();
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
        Rejections.abort(
            request,
            "payload-too-large",
            413,
            false,
            "Content-Length " + length + " is above " + limit,
            limit);
        return;
      }
    }
    InputStream body = request.getEntityStream();
    if (body != null) {
      request.setEntityStream(new LimitedInputStream(body, limit));
    }
  }

  private static boolean isImportUpload(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    return "POST".equals(request.getMethod())
        && ("imports".equals(path) || "/imports".equals(path));
  }

  /** Throws {@link PayloadTooLargeException} once more than the limit has been read. */
  static final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private long count;

    LimitedInputStream(InputStream in, long limit) {
      super(in);
      this.limit = limit;
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
        throw new PayloadTooLargeException(limit);
      }
    }
  }
}
