package vn.hoso.shell.internal;

import java.util.Arrays;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import vn.hoso.api.security.Role;

/** Completes role codes such as {@code UNIT_OFFICER}. */
@Service
public final class RoleCompleter implements Completer {

  @Override
  public int complete(Session session, CommandLine commandLine, List<String> candidates) {
    List<String> names = Arrays.stream(Role.values()).map(Role::name).toList();
    return new StringsCompleter(names).complete(session, commandLine, candidates);
  }
}
