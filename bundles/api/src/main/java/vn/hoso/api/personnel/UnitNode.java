package vn.hoso.api.personnel;

import java.util.List;
import java.util.Objects;

/**
 * A unit with the units below it.
 *
 * @param unit the unit
 * @param children the units directly below it, by code
 */
public record UnitNode(UnitView unit, List<UnitNode> children) {

  public UnitNode {
    Objects.requireNonNull(unit, "unit");
    children = List.copyOf(children);
  }
}
