package vn.hoso.api.personnel.change;

/**
 * The evidence file of a change request without its content, which {@link
 * ChangeRequestService#evidence} returns.
 *
 * @param fileName the file's name
 * @param contentType its media type
 * @param sizeBytes its size in bytes
 */
public record EvidenceSummary(String fileName, String contentType, int sizeBytes) {}
