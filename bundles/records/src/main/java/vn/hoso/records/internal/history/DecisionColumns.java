package vn.hoso.records.internal.history;

import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Embeddable;
import vn.hoso.api.record.LegalDecision;

/** The decision columns a history row rests on: number, date and signer. */
@Embeddable
public class DecisionColumns {

  public static final int NUMBER_LENGTH = 100;
  public static final int SIGNER_LENGTH = 200;

  @Column(name = "decision_number", length = NUMBER_LENGTH)
  private String number;

  @Column(name = "decision_date")
  private LocalDate signedOn;

  @Column(name = "decision_signer", length = SIGNER_LENGTH)
  private String signer;

  protected DecisionColumns() {}

  /** Returns the columns of a decision, or null when the decision is null or empty. */
  public static DecisionColumns of(LegalDecision decision) {
    if (decision == null
        || (decision.number() == null
            && decision.signedOn() == null
            && decision.signer() == null)) {
      return null;
    }
    DecisionColumns columns = new DecisionColumns();
    columns.number = decision.number();
    columns.signedOn = decision.signedOn();
    columns.signer = decision.signer();
    return columns;
  }

  /** Returns the decision the columns hold, or null when they are all empty. */
  public static LegalDecision toDecision(DecisionColumns columns) {
    if (columns == null
        || (columns.number == null && columns.signedOn == null && columns.signer == null)) {
      return null;
    }
    return new LegalDecision(columns.number, columns.signedOn, columns.signer);
  }
}
