package kr.crm.console.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kr.crm.api.security.Authenticator;
import kr.crm.api.security.CrmRoles;
import kr.crm.api.security.CrmUser;
import org.apache.felix.webconsole.spi.SecurityProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The web console's gate: only users with {@code crm.admin}, as the {@link Authenticator} sees
 * them, get in. Replaces the console's built-in admin/admin default.
 */
@Component(service = SecurityProvider.class, property = SecurityProvider.PROPERTY_ID + "=crm")
public final class ConsoleGuard implements SecurityProvider {
    private final Authenticator authenticator;

    @Activate
    public ConsoleGuard(@Reference Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public Object authenticate(HttpServletRequest request, HttpServletResponse response) {
        var user = authenticator.authenticate(new ConsoleRequest(request));
        if (user.isPresent() && user.get().hasAnyRole(CrmRoles.ADMIN)) {
            return user.get();
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"CRM console\"");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        return null;
    }

    @Override
    public boolean authorize(Object user, String role) {
        return user instanceof CrmUser u && u.hasAnyRole(CrmRoles.ADMIN);
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response) {
        // Basic credentials live in the browser; nothing is held here
    }
}
