package vn.hoso.api.security;

import java.util.List;

/**
 * One page of user accounts, ordered by username.
 *
 * @param users the accounts on this page
 * @param total number of accounts on all pages
 * @param page zero-based page number
 * @param size maximum number of accounts per page
 */
public record UserPage(List<UserAccount> users, long total, int page, int size) {

  public UserPage {
    users = List.copyOf(users);
  }
}
