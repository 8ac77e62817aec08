package vn.hoso.records.internal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import vn.hoso.api.personnel.history.AwardRow;
import vn.hoso.api.personnel.history.DisciplineRow;
import vn.hoso.api.personnel.history.FamilyRelationRow;
import vn.hoso.api.personnel.history.LabourContractRow;
import vn.hoso.api.personnel.history.LeadershipTermRow;
import vn.hoso.api.personnel.history.MembershipRow;
import vn.hoso.api.personnel.history.MilitaryServiceRow;
import vn.hoso.api.personnel.history.NonCountedPeriodRow;
import vn.hoso.api.personnel.history.RetirementAdjustmentRow;
import vn.hoso.api.personnel.history.SalaryRow;
import vn.hoso.api.personnel.history.TrainingRow;
import vn.hoso.api.personnel.history.WorkHistoryRow;
import vn.hoso.api.record.EvaluationRating;
import vn.hoso.api.record.PersonCategory;
import vn.hoso.api.record.Sex;
import vn.hoso.records.internal.demo.MinistryLayout.Post;

/**
 * The state of one person while the generator fills it in, step by step: who they are, then their
 * career, then the rest of their history. Only {@link PersonFactory} and its helpers use it.
 */
final class PersonDraft {

  final int index;
  final SplittableRandom random;
  final UnitContext unit;

  /** The leadership post the person holds today, or null. */
  final Post post;

  final LocalDate asOf;

  PersonCategory category;
  Sex sex;
  LocalDate birth;
  Provinces.Province birthProvince;
  String ethnicityCode;
  String familyName;
  String fullName;

  /** The months of an approved later retirement, 0 without one. */
  int laterRetirementMonths;

  LocalDate retirement;
  LocalDate recruitment;
  RankLadder ladder;

  /** The date each level was reached, by level; the first entry is the starting level. */
  final TreeMap<Integer, LocalDate> levelDates = new TreeMap<>();

  /** The qualification code of the highest degree, a code of {@code ref_qualification_level}. */
  String qualification;

  String qualificationField;
  String politicalTheory;
  String stateManagement;
  boolean partyMember;

  /** The yearly ratings, by year. */
  final TreeMap<Integer, EvaluationRating> ratings = new TreeMap<>();

  /** Vị trí việc làm. */
  String jobPosition;

  final List<SalaryRow> salary = new ArrayList<>();
  final List<LeadershipTermRow> terms = new ArrayList<>();
  final List<WorkHistoryRow> workHistory = new ArrayList<>();
  final List<TrainingRow> training = new ArrayList<>();
  final List<AwardRow> awards = new ArrayList<>();
  final List<DisciplineRow> discipline = new ArrayList<>();
  final List<NonCountedPeriodRow> nonCounted = new ArrayList<>();
  final List<FamilyRelationRow> family = new ArrayList<>();
  final List<MembershipRow> memberships = new ArrayList<>();
  final List<MilitaryServiceRow> military = new ArrayList<>();
  final List<LabourContractRow> contracts = new ArrayList<>();
  final List<RetirementAdjustmentRow> retirementAdjustments = new ArrayList<>();

  PersonDraft(int index, SplittableRandom random, UnitContext unit, Post post, LocalDate asOf) {
    this.index = index;
    this.random = random;
    this.unit = unit;
    this.post = post;
    this.asOf = asOf;
  }

  /** Returns the person's current level: the highest reached. */
  int level() {
    return levelDates.lastKey();
  }

  /** Returns the level the person was on at the date: the highest reached by then. */
  int levelOn(LocalDate date) {
    int level = levelDates.firstKey();
    for (var entry : levelDates.entrySet()) {
      if (!entry.getValue().isAfter(date)) {
        level = entry.getKey();
      }
    }
    return level;
  }

  /** Returns the person's age in whole years on the date. */
  int ageOn(LocalDate date) {
    return java.time.Period.between(birth, date).getYears();
  }

  /** Returns whether the person is a worker on a labour contract, paid without a salary scale. */
  boolean isWorker() {
    return category == PersonCategory.NGUOI_LAO_DONG;
  }

  /** Returns a probability draw: true with the given chance. */
  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
