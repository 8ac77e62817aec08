package vn.hoso.security.internal.jaas;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.Configuration;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

/** Logs a username and password in to a JAAS realm. */
public final class RealmLogin {

  private final String realm;
  private final Configuration configuration;
  private final ClassLoader classLoader;

  /**
   * Creates a login for a realm.
   *
   * @param configuration the JAAS configuration to read the realm from, or {@code null} for the
   *     JVM-wide one, which in Karaf contains every registered {@code JaasRealm}
   * @param classLoader the context class loader during the login; {@code LoginContext} loads the
   *     login module classes through it
   */
  public RealmLogin(String realm, Configuration configuration, ClassLoader classLoader) {
    this.realm = realm;
    this.configuration = configuration;
    this.classLoader = classLoader;
  }

  /**
   * Logs in and returns the subject with the principals the realm's modules added.
   *
   * @throws LoginException when the realm rejects the credentials; {@link CredentialStoreException}
   *     when the user database failed
   */
  public Subject login(String username, char[] password) throws LoginException {
    Subject subject = new Subject();
    CallbackHandler handler = callbacks -> answer(callbacks, username, password);
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(classLoader);
    try {
      LoginContext context =
          configuration == null
              ? new LoginContext(realm, subject, handler)
              : new LoginContext(realm, subject, handler, configuration);
      context.login();
      return subject;
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private static void answer(Callback[] callbacks, String username, char[] password)
      throws UnsupportedCallbackException {
    for (Callback callback : callbacks) {
      if (callback instanceof NameCallback name) {
        name.setName(username);
      } else if (callback instanceof PasswordCallback secret) {
        secret.setPassword(password);
      } else {
        throw new UnsupportedCallbackException(callback);
      }
    }
  }
}
