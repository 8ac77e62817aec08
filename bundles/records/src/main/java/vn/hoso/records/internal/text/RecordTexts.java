package vn.hoso.records.internal.text;

import java.lang.reflect.InvocationTargetException;
import vn.hoso.api.record.LegalDecision;
import vn.hoso.records.internal.reflect.RecordComponents;

/** Cleans every text component of an input record with {@link Texts#clean}. */
public final class RecordTexts {

  private RecordTexts() {}

  /**
   * Returns a copy of the record whose text components, and those of a nested {@link
   * LegalDecision}, are in NFC without surrounding white space, blanks made null. A decision left
   * with no value becomes null.
   */
  @SuppressWarnings("unchecked")
  public static <R extends Record> R clean(R record) {
    if (record == null) {
      return null;
    }
    RecordComponents components = RecordComponents.of(record.getClass());
    Object[] values = new Object[components.count()];
    for (int i = 0; i < values.length; i++) {
      values[i] = cleanValue(components.read(i, record));
    }
    try {
      return (R) components.construct(values);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("Cannot copy " + record.getClass().getName(), e);
    }
  }

  private static Object cleanValue(Object value) {
    if (value instanceof String text) {
      return Texts.clean(text);
    }
    if (value instanceof LegalDecision decision) {
      String number = Texts.clean(decision.number());
      String signer = Texts.cleanWords(decision.signer());
      if (number == null && signer == null && decision.signedOn() == null) {
        return null;
      }
      return new LegalDecision(number, decision.signedOn(), signer);
    }
    return value;
  }
}
