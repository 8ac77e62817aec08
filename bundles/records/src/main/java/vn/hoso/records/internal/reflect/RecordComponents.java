package vn.hoso.records.internal.reflect;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

/**
 * The components, accessors and canonical constructor of a record class, looked up once per class.
 * {@link Class#getRecordComponents()} builds new arrays and accessor copies on every call, which
 * showed in the profile of a bulk write that copies and compares records for every person.
 */
public final class RecordComponents {

  private static final ClassValue<RecordComponents> BY_CLASS =
      new ClassValue<>() {
        @Override
        protected RecordComponents computeValue(Class<?> type) {
          return new RecordComponents(type);
        }
      };

  private final Class<?> type;
  private final String[] names;
  private final Class<?>[] types;
  private final Method[] accessors;
  private final Constructor<?> constructor;

  private RecordComponents(Class<?> type) {
    if (!type.isRecord()) {
      throw new IllegalArgumentException(type.getName() + " is not a record");
    }
    this.type = type;
    RecordComponent[] components = type.getRecordComponents();
    this.names = new String[components.length];
    this.types = new Class<?>[components.length];
    this.accessors = new Method[components.length];
    for (int i = 0; i < components.length; i++) {
      names[i] = components[i].getName();
      types[i] = components[i].getType();
      accessors[i] = components[i].getAccessor();
    }
    try {
      this.constructor = type.getDeclaredConstructor(types);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("No canonical constructor in " + type.getName(), e);
    }
  }

  public static RecordComponents of(Class<?> recordClass) {
    return BY_CLASS.get(recordClass);
  }

  public int count() {
    return names.length;
  }

  public String name(int component) {
    return names[component];
  }

  public Class<?> type(int component) {
    return types[component];
  }

  /** Returns the value of a component of a record of this class. */
  public Object read(int component, Object record) {
    try {
      return accessors[component].invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(
          "Cannot read " + names[component] + " of " + type.getName(), e);
    }
  }

  /**
   * Creates a record from one value per component.
   *
   * @throws InvocationTargetException when the record's constructor rejects the values
   */
  public Object construct(Object[] values) throws InvocationTargetException {
    try {
      return constructor.newInstance(values);
    } catch (InstantiationException | IllegalAccessException e) {
      throw new IllegalStateException("Cannot create a " + type.getName(), e);
    }
  }
}
