package vn.hoso.shell.internal;

import static vn.hoso.shell.internal.UserCommand.message;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.hoso.api.personnel.PersonQuery;
import vn.hoso.api.personnel.PersonSort;
import vn.hoso.api.personnel.RecordLookup;
import vn.hoso.api.personnel.RecordNotFoundException;
import vn.hoso.api.personnel.RecordService;
import vn.hoso.api.personnel.UnitNode;
import vn.hoso.api.personnel.UnitView;
import vn.hoso.api.quality.DataQuality;
import vn.hoso.api.quality.QualityCount;
import vn.hoso.api.quality.UnitQuality;
import vn.hoso.api.record.PersonCategory;
import vn.hoso.api.rules.VietnameseText;
import vn.hoso.api.scope.UnitScope;
import vn.hoso.api.warning.WarningCount;
import vn.hoso.api.warning.WarningFilter;
import vn.hoso.api.warning.WarningQueries;

/**
 * The text of {@code hoso:unit-show}: a unit, the units directly below it, its people by category,
 * its warnings and its data-quality problems, each counted over the whole subtree. Administrators
 * see every unit.
 */
final class UnitReport {

  private static final UnitScope ALL = UnitScope.all();

  /** The warnings counted: overdue and due within this many days, as the warnings list shows. */
  static final int WARNING_WINDOW_DAYS = 90;

  private final RecordService records;
  private final RecordLookup lookup;
  private final DataQuality quality;
  private final WarningQueries warnings;

  /**
   * @param warnings the warning engine, or null when the warnings feature is not installed
   */
  UnitReport(
      RecordService records, RecordLookup lookup, DataQuality quality, WarningQueries warnings) {
    this.records = records;
    this.lookup = lookup;
    this.quality = quality;
    this.warnings = warnings;
  }

  /**
   * Returns the unit a key names: a unit code first, and otherwise a unit identifier.
   *
   * @throws IllegalArgumentException when the key is neither
   */
  long resolve(String key) {
    String text = key.strip();
    Optional<Long> byCode = lookup.unitByCode(ALL, text);
    if (byCode.isPresent()) {
      return byCode.get();
    }
    if (text.matches("\\d{1,18}")) {
      return Long.parseLong(text);
    }
    throw new IllegalArgumentException(message("unit.key-invalid", key));
  }

  /**
   * Returns the lines that describe the unit.
   *
   * @throws RecordNotFoundException when the unit does not exist
   */
  List<String> lines(long unitId, LocalDate today) {
    UnitView unit = records.unit(ALL, unitId);
    List<String> lines = new ArrayList<>();
    lines.add(message("unit.title", String.valueOf(unitId), unit.name(), unit.code()));
    lines.add(row("unit.kind", unit.kindCode()));
    lines.add(row("unit.state", message(unit.active() ? "unit.active" : "unit.inactive")));
    if (unit.parentId() != null) {
      UnitView parent = records.unit(ALL, unit.parentId());
      lines.add(row("unit.parent", parent.name() + " (" + parent.code() + ")"));
    }

    UnitNode node = find(records.unitTree(ALL), unitId);
    List<UnitNode> children = node == null ? List.of() : node.children();
    lines.add(row("unit.children", String.valueOf(children.size())));
    for (UnitNode child : children) {
      lines.add("    - " + child.unit().name() + " (" + child.unit().code() + ")");
    }

    lines.add(row("unit.people", String.valueOf(people(unitId, Set.of()))));
    List<String> categories = new ArrayList<>();
    for (PersonCategory category : PersonCategory.values()) {
      categories.add(VietnameseText.category(category) + " " + people(unitId, Set.of(category)));
    }
    lines.add(row("unit.categories", String.join(", ", categories)));
    lines.add(row("unit.warnings", warnings(node, today)));

    UnitQuality problems = quality.unit(ALL, unitId, 0, 1);
    lines.add(
        row(
            "unit.problems",
            message(
                "unit.problems-value",
                problems.problems().total(),
                problems.peopleWithProblems())));
    for (QualityCount count : problems.counts()) {
      if (count.problems() > 0) {
        lines.add(
            "    - "
                + message("check." + count.check().code())
                + ": "
                + message("unit.problems-value", count.problems(), count.people()));
      }
    }
    return lines;
  }

  private long people(long unitId, Set<PersonCategory> categories) {
    return records
        .findPeople(
            ALL,
            new PersonQuery(
                null, unitId, categories, null, null, null, null, PersonSort.NAME, false, 0, 1))
        .total();
  }

  /** Counts the subtree's warnings that are overdue or due within the window. */
  private String warnings(UnitNode node, LocalDate today) {
    if (warnings == null) {
      return message("warnings.unavailable");
    }
    Set<Long> subtree = new HashSet<>();
    collect(node, subtree);
    long overdue = 0;
    long upcoming = 0;
    WarningFilter filter =
        new WarningFilter(null, subtree, null, null, today.plusDays(WARNING_WINDOW_DAYS));
    for (WarningCount count : warnings.count(filter, today)) {
      overdue += count.overdue();
      upcoming += count.upcoming();
    }
    return message("unit.warnings-value", overdue, upcoming, WARNING_WINDOW_DAYS);
  }

  private static void collect(UnitNode node, Set<Long> ids) {
    if (node == null) {
      return;
    }
    ids.add(node.unit().id());
    node.children().forEach(child -> collect(child, ids));
  }

  private static UnitNode find(List<UnitNode> nodes, long unitId) {
    for (UnitNode node : nodes) {
      if (node.unit().id() == unitId) {
        return node;
      }
      UnitNode below = find(node.children(), unitId);
      if (below != null) {
        return below;
      }
    }
    return null;
  }

  private static String row(String labelKey, String value) {
    return String.format("  %-24s %s", message(labelKey), value);
  }
}
