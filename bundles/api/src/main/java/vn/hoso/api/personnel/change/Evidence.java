package vn.hoso.api.personnel.change;

import java.util.Objects;

/**
 * A file that supports a change request, such as a scan of a diploma or a birth certificate. {@link
 * #toString()} leaves the content out.
 *
 * @param fileName the file's name as the user's computer gave it, without folders
 * @param contentType the media type: {@code application/pdf}, {@code image/jpeg} or {@code
 *     image/png}; the content must start the way files of that type do
 * @param content the file, at most {@value ChangeRequestService#EVIDENCE_MAX_BYTES} bytes
 */
public record Evidence(String fileName, String contentType, byte[] content) {

  public Evidence {
    Objects.requireNonNull(content, "content");
  }

  @Override
  public String toString() {
    return "Evidence[fileName="
        + fileName
        + ", contentType="
        + contentType
        + ", bytes="
        + content.length
        + "]";
  }
}
