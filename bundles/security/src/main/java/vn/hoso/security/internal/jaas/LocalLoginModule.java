package vn.hoso.security.internal.jaas;

import java.io.IOException;
import java.security.Principal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import vn.hoso.api.security.Role;
import vn.hoso.security.internal.jaas.LocalCredentials.NoLocalPassword;
import vn.hoso.security.internal.jaas.LocalCredentials.Verified;
import vn.hoso.security.internal.store.StoreException;

/**
 * JAAS login module of the {@code hoso} realm that checks passwords against the {@code users}
 * table.
 *
 * <p>On success it adds a Karaf {@link UserPrincipal}, a {@link LocalAccountPrincipal}, and one
 * {@link RolePrincipal} per Hoso role, named like {@link Role#ADMINISTRATOR}; a user who must
 * change the password gets no role principals. {@link #login()} returns {@code false} (module
 * ignored) for an account without a local password, so that the directory module can decide.
 *
 * <p>The option {@value #CREDENTIALS_OPTION} must hold the {@link LocalCredentials} instance.
 */
public final class LocalLoginModule implements LoginModule {

  /** Option key of the {@link LocalCredentials} that checks passwords. */
  public static final String CREDENTIALS_OPTION = "vn.hoso.security.credentials";

  private final Set<Principal> principals = new HashSet<>();
  private Subject subject;
  private CallbackHandler callbackHandler;
  private LocalCredentials credentials;
  private Verified verified;

  @Override
  public void initialize(
      Subject subject,
      CallbackHandler callbackHandler,
      Map<String, ?> sharedState,
      Map<String, ?> options) {
    this.subject = subject;
    this.callbackHandler = callbackHandler;
    Object option = options.get(CREDENTIALS_OPTION);
    if (!(option instanceof LocalCredentials found)) {
      throw new IllegalStateException("Login module option " + CREDENTIALS_OPTION + " is missing");
    }
    this.credentials = found;
  }

  @Override
  public boolean login() throws LoginException {
    NameCallback name = new NameCallback("Username: ");
    PasswordCallback password = new PasswordCallback("Password: ", false);
    try {
      callbackHandler.handle(new Callback[] {name, password});
    } catch (IOException | UnsupportedCallbackException e) {
      throw new LoginException("Reading the username and password failed: " + e.getMessage());
    }

    char[] typed = password.getPassword();
    LocalCredentials.Result result;
    try {
      result = credentials.verify(name.getName(), typed == null ? new char[0] : typed);
    } catch (StoreException e) {
      throw new CredentialStoreException("Reading the user database failed", e);
    } finally {
      if (typed != null) {
        Arrays.fill(typed, '\0');
      }
      password.clearPassword();
    }

    if (result instanceof Verified found) {
      verified = found;
      return true;
    }
    if (result instanceof NoLocalPassword) {
      return false;
    }
    throw new FailedLoginException("Invalid username or password");
  }

  @Override
  public boolean commit() {
    if (verified == null) {
      return false;
    }
    principals.add(new UserPrincipal(verified.user().username()));
    principals.add(new LocalAccountPrincipal(verified.user().id()));
    if (!verified.user().passwordChangeRequired()) {
      for (Role role : verified.user().roles()) {
        principals.add(new RolePrincipal(role.name()));
      }
    }
    subject.getPrincipals().addAll(principals);
    return true;
  }

  @Override
  public boolean abort() {
    if (verified == null) {
      return false;
    }
    logout();
    return true;
  }

  @Override
  public boolean logout() {
    subject.getPrincipals().removeAll(principals);
    principals.clear();
    verified = null;
    return true;
  }
}
