package vn.hoso.rest.internal.users;

import java.util.List;

/**
 * Body of {@code PUT /api/v1/users/{id}/roles}; it replaces all three values.
 *
 * @param roles role codes such as {@code LEADER}
 */
public record RoleAssignmentRequest(List<String> roles, List<String> unitIds, String personId) {}
