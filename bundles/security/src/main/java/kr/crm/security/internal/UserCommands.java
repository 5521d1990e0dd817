package kr.crm.security.internal;

import java.util.Arrays;
import java.util.LinkedHashSet;
import kr.crm.api.security.CrmUser;
import kr.crm.api.security.UserDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Admin commands in the Felix Gogo shell of the host:
 * {@code crm:useradd <user> <display name> <roles,comma,separated> <password>},
 * {@code crm:token <user> <label>} and {@code crm:users}.
 */
@Component(service = UserCommands.class, property = {
    "osgi.command.scope=crm",
    "osgi.command.function=useradd",
    "osgi.command.function=token",
    "osgi.command.function=users"
})
public final class UserCommands {
    private final UserDirectory directory;

    @Activate
    public UserCommands(@Reference UserDirectory directory) {
        this.directory = directory;
    }

    public String useradd(String username, String displayName, String roles, String password) {
        CrmUser user = directory.saveUser(username, displayName,
                new LinkedHashSet<>(Arrays.asList(roles.split(","))), password.toCharArray());
        return "saved " + user.username() + " " + user.roles();
    }

    public String token(String username, String label) {
        return directory.issueToken(username, label);
    }

    public String users() {
        StringBuilder out = new StringBuilder();
        for (CrmUser user : directory.listUsers()) {
            out.append(user.username()).append('\t').append(user.displayName()).append('\t')
                    .append(user.roles()).append('\n');
        }
        return out.toString();
    }
}
