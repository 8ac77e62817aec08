package vn.hoso.records.internal.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import vn.hoso.api.personnel.history.LeadershipTermRow;
import vn.hoso.api.record.AppointmentKind;
import vn.hoso.records.internal.demo.MinistryLayout.Allowance;
import vn.hoso.records.internal.demo.MinistryLayout.Post;

/**
 * The leadership terms of a person (Nghị định 170/2025/NĐ-CP): five-year terms from the
 * appointment, one after another in the same post, the first a first appointment and the later ones
 * reappointments. A term that would outlast the retirement runs until it instead, and with less
 * than two years left the post is extended until the retirement. Heads often held the deputy post
 * first.
 *
 * <p>The current term starts at a random day of the last five years, so term ends spread evenly
 * over the next five, and some fall within the months the reappointment warning looks ahead.
 */
final class Leadership {

  static final int TERM_YEARS = 5;

  private Leadership() {}

  /** Adds the terms of the person's current post, and of the deputy post before it. */
  static void currentPost(PersonDraft draft) {
    Post post = draft.post;
    if (post == null) {
      return;
    }
    LocalDate earliest = Dates.max(draft.birth.plusYears(32), draft.recruitment.plusYears(4));
    LocalDate start =
        Dates.max(earliest, draft.asOf.minusDays(draft.random.nextInt(TERM_YEARS * 365)));
    if (start.isAfter(draft.asOf)) {
      start = draft.asOf.minusDays(draft.random.nextInt(60));
    }
    // Earlier terms in the same post, while the holder was old enough and the first appointment
    // still left a full term before retirement.
    int earlierTerms = draft.random.nextInt(3);
    if (yearsBetween(start, draft.retirement) < TERM_YEARS) {
      earlierTerms = Math.max(earlierTerms, 1);
    }
    LocalDate first = start;
    for (int i = 0; i < earlierTerms; i++) {
      LocalDate candidate = first.minusYears(TERM_YEARS);
      if (candidate.isBefore(earliest)) {
        break;
      }
      first = candidate;
    }

    deputyPost(draft, post, first);

    for (LocalDate termStart = first;
        !termStart.isAfter(start);
        termStart = termStart.plusYears(TERM_YEARS)) {
      boolean current = termStart.equals(start);
      boolean reappointed = !termStart.equals(first);
      LocalDate naturalEnd = termStart.plusYears(TERM_YEARS);
      AppointmentKind kind = reappointed ? AppointmentKind.REAPPOINTMENT : AppointmentKind.FIRST;
      LocalDate termEnd = naturalEnd;
      if (current && reappointed && naturalEnd.isAfter(draft.retirement)) {
        if (yearsBetween(termStart, draft.retirement) < 2) {
          kind = AppointmentKind.EXTENSION;
          // An extension without a recorded end runs until the retirement.
          termEnd = draft.chance(0.5) ? null : draft.retirement;
        } else {
          termEnd = draft.retirement;
        }
      } else if (current && draft.chance(0.1)) {
        // The decision gives no end, which means five years.
        termEnd = null;
      }
      draft.terms.add(term(draft, post, kind, termStart, termEnd, null));
    }
  }

  /** Adds a term in the deputy post of a head, ended by the appointment as head. */
  private static void deputyPost(PersonDraft draft, Post post, LocalDate headFrom) {
    if (post.title().startsWith("Phó") || !draft.chance(0.6)) {
      return;
    }
    Optional<Post> deputy =
        draft.unit.template().posts().stream()
            .filter(other -> other.title().startsWith("Phó"))
            .findFirst();
    if (deputy.isEmpty()) {
      return;
    }
    LocalDate start = headFrom.minusMonths(24 + draft.random.nextInt(36));
    if (start.isBefore(Dates.max(draft.birth.plusYears(30), draft.recruitment.plusYears(3)))) {
      return;
    }
    draft.terms.add(
        term(
            draft,
            deputy.get(),
            AppointmentKind.FIRST,
            start,
            start.plusYears(TERM_YEARS),
            headFrom.minusDays(1)));
  }

  private static LeadershipTermRow term(
      PersonDraft draft,
      Post post,
      AppointmentKind kind,
      LocalDate start,
      LocalDate termEnd,
      LocalDate endedOn) {
    Allowance allowance = post.allowanceOn(start);
    return new LeadershipTermRow(
        null,
        null,
        post.title(),
        allowance.positionCode(),
        allowance.coefficient(),
        null,
        kind,
        start,
        termEnd,
        endedOn,
        Decisions.before(
            draft, start, "QĐ", draft.unit.appointmentSigner(), Dates.min(start, draft.asOf)));
  }

  private static double yearsBetween(LocalDate from, LocalDate to) {
    return ChronoUnit.DAYS.between(from, to) / 365.25;
  }
}
