package vn.hoso.imports.internal;

import java.lang.reflect.Proxy;
import java.util.Map;

/** Instances of the components' configuration annotations, as Declarative Services builds them. */
final class Configs {

  private Configs() {}

  /** Returns a configuration with the given values and every other attribute at its default. */
  static <T> T of(Class<T> type, Map<String, Object> values) {
    Object config =
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, arguments) -> {
              if (values.containsKey(method.getName())) {
                return values.get(method.getName());
              }
              Object defaultValue = method.getDefaultValue();
              if (defaultValue != null) {
                return defaultValue;
              }
              if (method.getName().equals("hashCode")) {
                return System.identityHashCode(proxy);
              }
              if (method.getName().equals("equals")) {
                return proxy == arguments[0];
              }
              if (method.getName().equals("toString")) {
                return type.getSimpleName() + values;
              }
              throw new UnsupportedOperationException(type.getName() + "." + method.getName());
            });
    return type.cast(config);
  }
}
