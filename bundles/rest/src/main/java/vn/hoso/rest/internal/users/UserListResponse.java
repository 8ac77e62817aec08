package vn.hoso.rest.internal.users;

import java.util.List;

/**
 * Body of {@code GET /api/v1/users}: one page ordered by username.
 *
 * @param total number of users on all pages
 * @param page zero-based page number
 */
public record UserListResponse(List<UserResponse> items, long total, int page, int size) {}
