package vn.hoso.rest.internal.personnel;

/**
 * Body of {@code POST /api/v1/change-requests/{id}/reject}.
 *
 * @param reason why the request is rejected; required
 */
public record RejectionBody(String reason) {}
