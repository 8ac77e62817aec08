package vn.hoso.api.personnel;

import java.util.Objects;

/**
 * Who makes a change and why. Every audit row of the change stores both.
 *
 * @param actor the user name of the person making the change
 * @param reason why the change is made, for example a decision number or "sửa lỗi nhập liệu"; may
 *     be null. For a history row without a reason, the audit log stores the row's decision number.
 */
public record ChangeContext(String actor, String reason) {

  public ChangeContext {
    Objects.requireNonNull(actor, "actor");
    if (actor.isBlank()) {
      throw new IllegalArgumentException("actor must not be blank");
    }
  }
}
