package vn.hoso.records.internal.demo;

import java.time.LocalDate;
import vn.hoso.api.record.LegalDecision;

/** Decisions of the generated records: numbers in the usual "123/QĐ-BPTDT" form and signers. */
final class Decisions {

  private Decisions() {}

  /**
   * Returns a decision signed a few days before it takes effect, never after {@code latest}.
   *
   * @param kind the form's code in the number, such as "QĐ" or "HĐLĐ"
   */
  static LegalDecision before(
      PersonDraft draft, LocalDate effective, String kind, String signer, LocalDate latest) {
    LocalDate signed = effective.minusDays(3 + draft.random.nextInt(25));
    if (signed.isAfter(latest)) {
      signed = latest;
    }
    int number = 1 + draft.random.nextInt(2_400);
    return new LegalDecision(
        number + "/" + kind + "-" + draft.unit.decisionSuffix(), signed, signer);
  }
}
