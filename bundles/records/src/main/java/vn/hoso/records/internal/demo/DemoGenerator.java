package vn.hoso.records.internal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import vn.hoso.records.internal.demo.MinistryLayout.Post;
import vn.hoso.records.internal.demo.MinistryLayout.UnitTemplate;

/**
 * Generates a realistic ministry: its units and people with full histories, the same for the same
 * seed, reference date and number of people.
 *
 * <p>Every {@value #PEOPLE_PER_MINISTRY} people make one copy of the ministry of {@link
 * MinistryLayout}, with its 44 units; larger data sets, such as those of the benchmarks, hold
 * several copies side by side, each its own top-level unit. In each copy the leadership posts are
 * filled first, then the staff are spread over the units by the units' shares.
 *
 * <p>Each person is drawn from a random stream of their own, seeded by the seed and their position,
 * so people are independent of each other; only identity numbers are checked against everyone
 * before. People are produced one at a time, so that a million of them never sit in memory
 * together.
 *
 * <p>With {@code plantProblems}, {@link DataFlaws} adds the mistakes that the data-quality checks
 * look for. Without it, every person passes the record service's validation.
 */
public final class DemoGenerator {

  /** The people of one copy of the ministry. */
  public static final int PEOPLE_PER_MINISTRY = 3000;

  private final LocalDate asOf;
  private final long seed;
  private final int people;
  private final boolean plantProblems;
  private final SalaryScales scales;
  private final List<Copy> copies = new ArrayList<>();

  /** One copy of the ministry: its units and the posts and staff of each. */
  private record Copy(
      int number, String code, String name, List<Slot> slots, List<GeneratedUnit> units) {}

  /** One person to create: in a unit, with a post or as staff. */
  private record Slot(UnitContext unit, Post post) {}

  /**
   * @param scales the salary tables of the database the people go into
   * @param seed the seed of every random choice
   * @param asOf the reference date: nobody is retired on it, and histories end before it
   * @param people the number of people, 1 or more
   * @param plantProblems whether to add the mistakes the data-quality checks find
   */
  public DemoGenerator(
      SalaryScales scales, long seed, LocalDate asOf, int people, boolean plantProblems) {
    if (people < 1) {
      throw new IllegalArgumentException("people must be 1 or more: " + people);
    }
    this.asOf = asOf;
    this.seed = seed;
    this.people = people;
    this.plantProblems = plantProblems;
    this.scales = scales;
    int copyCount = (people + PEOPLE_PER_MINISTRY - 1) / PEOPLE_PER_MINISTRY;
    for (int number = 1; number <= copyCount; number++) {
      int size = Math.min(PEOPLE_PER_MINISTRY, people - (number - 1) * PEOPLE_PER_MINISTRY);
      copies.add(copy(number, size));
    }
  }

  public LocalDate asOf() {
    return asOf;
  }

  public long seed() {
    return seed;
  }

  public int peopleCount() {
    return people;
  }

  /** Returns every unit, each after the unit it belongs to. */
  public List<GeneratedUnit> units() {
    List<GeneratedUnit> units = new ArrayList<>();
    copies.forEach(copy -> units.addAll(copy.units()));
    return units;
  }

  /**
   * Returns the people in order. Each call starts over and yields the same people; the identity
   * numbers stay unique only within one pass.
   */
  public Iterator<GeneratedPerson> people() {
    IdentityNumberPool identities = new IdentityNumberPool();
    PersonFactory factory = new PersonFactory(scales, asOf, identities);
    return new Iterator<>() {
      private int copyIndex;
      private int slotIndex;
      private int index;
      private final DataFlaws flaws = new DataFlaws(seed);

      @Override
      public boolean hasNext() {
        return index < people;
      }

      @Override
      public GeneratedPerson next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Copy copy = copies.get(copyIndex);
        Slot slot = copy.slots().get(slotIndex);
        GeneratedPerson person = factory.create(index, personSeed(index), slot.unit(), slot.post());
        if (plantProblems) {
          person = flaws.apply(person, slotIndex, copy.code(), identities);
        }
        index++;
        slotIndex++;
        if (slotIndex == copy.slots().size()) {
          copyIndex++;
          slotIndex = 0;
        }
        return person;
      }
    };
  }

  private long personSeed(int index) {
    // SplitMix64's increment spreads neighbouring positions over unrelated streams.
    return seed * 0x9E3779B97F4A7C15L + index;
  }

  private Copy copy(int number, int size) {
    String code =
        number == 1
            ? MinistryLayout.MINISTRY_CODE
            : MinistryLayout.MINISTRY_CODE + "-" + String.format("%04d", number);
    String name =
        number == 1
            ? MinistryLayout.MINISTRY_NAME
            : MinistryLayout.MINISTRY_NAME + " (bản số " + number + ")";
    Map<String, UnitContext> contexts = new HashMap<>();
    List<GeneratedUnit> units = new ArrayList<>();
    for (UnitTemplate template : MinistryLayout.UNITS) {
      String unitCode = template.code().isEmpty() ? code : code + "." + template.code();
      String parentCode =
          template.parentCode() == null
              ? null
              : template.parentCode().isEmpty() ? code : code + "." + template.parentCode();
      String unitName = template.code().isEmpty() ? name : template.name();
      UnitContext parent = parentCode == null ? null : contexts.get(parentCode);
      String fullName = parent == null ? unitName : unitName + ", " + parent.fullName();
      contexts.put(
          unitCode,
          new UnitContext(
              template,
              unitCode,
              fullName,
              name,
              MinistryLayout.MINISTRY_CODE,
              personnelSigner(template, parent),
              appointmentSigner(template, parent)));
      units.add(
          new GeneratedUnit(
              unitCode, unitName, template.kindCode(), parentCode, template.active()));
    }
    return new Copy(number, code, name, slots(contexts, code, size), units);
  }

  /**
   * Fills the posts first, in the template's order, then spreads the staff by the units' shares.
   */
  private static List<Slot> slots(Map<String, UnitContext> contexts, String copyCode, int size) {
    List<Slot> posts = new ArrayList<>();
    for (UnitTemplate template : MinistryLayout.UNITS) {
      UnitContext unit = context(contexts, copyCode, template);
      for (Post post : template.posts()) {
        for (int i = 0; i < post.count(); i++) {
          posts.add(new Slot(unit, post));
        }
      }
    }
    if (posts.size() >= size) {
      return List.copyOf(posts.subList(0, size));
    }
    int staff = size - posts.size();
    int totalWeight = MinistryLayout.UNITS.stream().mapToInt(UnitTemplate::staffWeight).sum();
    // Largest remainders: each unit gets its share rounded down, then the units with the largest
    // fractions get one more until the staff add up.
    int[] counts = new int[MinistryLayout.UNITS.size()];
    double[] fractions = new double[counts.length];
    int assigned = 0;
    for (int i = 0; i < counts.length; i++) {
      double share = (double) staff * MinistryLayout.UNITS.get(i).staffWeight() / totalWeight;
      counts[i] = (int) share;
      fractions[i] = share - counts[i];
      assigned += counts[i];
    }
    while (assigned < staff) {
      int best = 0;
      for (int i = 1; i < fractions.length; i++) {
        if (fractions[i] > fractions[best]) {
          best = i;
        }
      }
      counts[best]++;
      fractions[best] = -1;
      assigned++;
    }
    List<Slot> slots = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      UnitTemplate template = MinistryLayout.UNITS.get(i);
      UnitContext unit = context(contexts, copyCode, template);
      for (Slot post : posts) {
        if (post.unit() == unit) {
          slots.add(post);
        }
      }
      for (int j = 0; j < counts[i]; j++) {
        slots.add(new Slot(unit, null));
      }
    }
    return List.copyOf(slots);
  }

  private static UnitContext context(
      Map<String, UnitContext> contexts, String copyCode, UnitTemplate template) {
    return contexts.get(template.code().isEmpty() ? copyCode : copyCode + "." + template.code());
  }

  /**
   * Returns who signs salary decisions: the Cục or public service unit above, else the ministry.
   */
  private static String personnelSigner(UnitTemplate template, UnitContext parent) {
    UnitContext top = topUnit(template, parent);
    if (top == null) {
      return "Vụ trưởng Vụ Tổ chức cán bộ";
    }
    if (top.template().kindCode().equals("CUC")) {
      return "Cục trưởng " + top.template().name();
    }
    if (top.template().publicService() && !top.template().posts().isEmpty()) {
      return top.template().posts().get(0).title() + " " + top.template().name();
    }
    return "Vụ trưởng Vụ Tổ chức cán bộ";
  }

  /**
   * Returns who appoints to the unit's posts: the Prime Minister for the ministry's deputy
   * ministers, the head of a Cục or public service unit for its phòng, and the minister otherwise.
   */
  private static String appointmentSigner(UnitTemplate template, UnitContext parent) {
    if (template.code().isEmpty()) {
      return "Thủ tướng Chính phủ";
    }
    UnitContext top = topUnit(template, parent);
    if (top != null
        && !top.template().posts().isEmpty()
        && (top.template().kindCode().equals("CUC") || top.template().publicService())) {
      return top.template().posts().get(0).title() + " " + top.template().name();
    }
    return "Bộ trưởng";
  }

  /**
   * Returns the unit directly below the ministry that a unit two levels down belongs to, or null
   * for the ministry and the units directly below it. The template has no deeper units.
   */
  private static UnitContext topUnit(UnitTemplate template, UnitContext parent) {
    return template.code().contains(".") ? parent : null;
  }
}
