package vn.hoso.shell.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import vn.hoso.api.security.UserAccount;
import vn.hoso.api.security.UserAdministration;

/** Completes usernames from the first {@value UserAdministration#PAGE_SIZE_MAX} accounts. */
@Service
public final class UsernameCompleter implements Completer {

  @Reference UserAdministration administration;

  @Override
  public int complete(Session session, CommandLine commandLine, List<String> candidates) {
    List<String> usernames =
        administration.listUsers(0, UserAdministration.PAGE_SIZE_MAX).users().stream()
            .map(UserAccount::username)
            .toList();
    return new StringsCompleter(usernames).complete(session, commandLine, candidates);
  }
}
