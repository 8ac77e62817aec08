package vn.hoso.records.internal.text;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import vn.hoso.api.record.LegalDecision;

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
    RecordComponent[] components = record.getClass().getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] values = new Object[components.length];
    try {
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        values[i] = cleanValue(components[i].getAccessor().invoke(record));
      }
      Constructor<?> constructor = record.getClass().getDeclaredConstructor(types);
      return (R) constructor.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot copy " + record.getClass().getName(), e);
    }
  }

  private static Object cleanValue(Object value) throws InvocationTargetException {
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
