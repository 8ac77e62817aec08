package vn.hoso.imports.internal;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.hoso.api.personnel.UnitNode;
import vn.hoso.api.personnel.UnitView;

/**
 * The active units of the caller's scope by code and by name, compared without case, diacritics and
 * spacing ("Phòng Tổ chức cán bộ" = "PHONG TO CHUC CAN BO"). A name that two units share is
 * ambiguous and matches neither.
 */
final class UnitIndex {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

  private final Map<String, Long> byCode = new HashMap<>();
  private final Set<Long> ids = new HashSet<>();
  private final Map<String, Long> byName = new HashMap<>();
  private final Map<String, Boolean> ambiguousNames = new HashMap<>();

  UnitIndex(List<UnitNode> trees) {
    trees.forEach(this::add);
  }

  private void add(UnitNode node) {
    UnitView unit = node.unit();
    if (unit.active()) {
      ids.add(unit.id());
      byCode.put(fold(unit.code()), unit.id());
      String name = fold(unit.name());
      if (byName.putIfAbsent(name, unit.id()) != null) {
        ambiguousNames.put(name, true);
      }
    }
    node.children().forEach(this::add);
  }

  /** Returns the unit whose code or name is the text, or empty. */
  Optional<Long> find(String text) {
    String key = fold(text);
    Long byItsCode = byCode.get(key);
    if (byItsCode != null) {
      return Optional.of(byItsCode);
    }
    if (ambiguousNames.containsKey(key)) {
      return Optional.empty();
    }
    return Optional.ofNullable(byName.get(key));
  }

  /** Returns the unit whose id is the text, or empty. */
  Optional<Long> findId(String text) {
    try {
      long id = Long.parseLong(text);
      return ids.contains(id) ? Optional.of(id) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Returns whether the text is the name of more than one unit. */
  boolean isAmbiguous(String text) {
    return ambiguousNames.containsKey(fold(text));
  }

  static String fold(String text) {
    String decomposed =
        Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
    String plain = MARKS.matcher(decomposed).replaceAll("");
    return NOT_LETTER_OR_DIGIT.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
  }
}
