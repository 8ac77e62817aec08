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
 * The units of the caller's scope by code and by name, compared without case, diacritics and
 * spacing ("Phòng Tổ chức cán bộ" = "PHONG TO CHUC CAN BO"). A name matches an active unit before
 * an inactive one, and a name that two units of the same kind share is ambiguous and matches
 * neither.
 *
 * <p>Rows may name an inactive unit, so that people who stay in one import unchanged, as an export
 * writes them. The record service rejects a new person or a move into an inactive unit with its own
 * message. The upload's default unit must be active.
 */
final class UnitIndex {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** The units of one kind, active or inactive, by folded name. */
  private static final class Names {
    private final Map<String, Long> byName = new HashMap<>();
    private final Set<String> ambiguous = new HashSet<>();

    void add(String name, long id) {
      if (byName.putIfAbsent(name, id) != null) {
        ambiguous.add(name);
      }
    }

    boolean has(String name) {
      return byName.containsKey(name);
    }

    Optional<Long> find(String name) {
      return ambiguous.contains(name) ? Optional.empty() : Optional.ofNullable(byName.get(name));
    }
  }

  private final Map<String, Long> byCode = new HashMap<>();
  private final Set<Long> activeIds = new HashSet<>();
  private final Names activeNames = new Names();
  private final Names inactiveNames = new Names();

  UnitIndex(List<UnitNode> trees) {
    trees.forEach(this::add);
  }

  private void add(UnitNode node) {
    UnitView unit = node.unit();
    byCode.put(fold(unit.code()), unit.id());
    if (unit.active()) {
      activeIds.add(unit.id());
      activeNames.add(fold(unit.name()), unit.id());
    } else {
      inactiveNames.add(fold(unit.name()), unit.id());
    }
    node.children().forEach(this::add);
  }

  /** Returns the unit, active or inactive, whose code or name is the text, or empty. */
  Optional<Long> find(String text) {
    String key = fold(text);
    Long byItsCode = byCode.get(key);
    if (byItsCode != null) {
      return Optional.of(byItsCode);
    }
    return names(key).find(key);
  }

  /** Returns the active unit whose code or name is the text, or empty. */
  Optional<Long> findActive(String text) {
    return find(text).filter(activeIds::contains);
  }

  /** Returns the active unit whose id is the text, or empty. */
  Optional<Long> findId(String text) {
    try {
      long id = Long.parseLong(text);
      return activeIds.contains(id) ? Optional.of(id) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Returns whether the text is the name of more than one unit, and so matches none. */
  boolean isAmbiguous(String text) {
    String key = fold(text);
    return !byCode.containsKey(key) && names(key).find(key).isEmpty() && names(key).has(key);
  }

  private Names names(String key) {
    return activeNames.has(key) ? activeNames : inactiveNames;
  }

  static String fold(String text) {
    String decomposed =
        Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
    String plain = MARKS.matcher(decomposed).replaceAll("");
    return NOT_LETTER_OR_DIGIT.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
  }
}
