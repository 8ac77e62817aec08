package vn.hoso.rest.internal.personnel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.hoso.api.personnel.change.ChangeOperation;

/**
 * Body of {@code POST /api/v1/change-requests}.
 *
 * @param operation what the request changes; required
 * @param kind the history table, such as {@code training}; required for the row operations
 * @param rowId the history row to change or delete
 * @param version the version of the person ({@code UPDATE_PERSON}) or row ({@code UPDATE_ROW},
 *     {@code DELETE_ROW}) the employee read; {@code If-Match} may give it instead
 * @param values the new values: person fields for {@code UPDATE_PERSON}, the new row for {@code
 *     ADD_ROW}, the row's fields for {@code UPDATE_ROW}. Fields left out keep their current value.
 * @param note the employee's explanation
 * @param evidence an optional evidence file
 */
public record ChangeRequestBody(
    ChangeOperation operation,
    String kind,
    Long rowId,
    Long version,
    ObjectNode values,
    String note,
    EvidenceBody evidence) {

  /**
   * An evidence file in a request body.
   *
   * @param fileName the file's name
   * @param contentType {@code application/pdf}, {@code image/jpeg} or {@code image/png}
   * @param content the file in Base64
   */
  public record EvidenceBody(String fileName, String contentType, byte[] content) {}
}
