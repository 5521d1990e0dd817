package kr.crm.rest.internal;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Set;
import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;

/**
 * Who may call one resource method, read from {@link RolesAllowed} or {@link PermitAll} on the
 * method, else on its class. A method that declares neither is closed to everyone: forgetting the
 * annotation must not open an endpoint.
 */
record Access(boolean permitAll, Set<String> roles) {

    static Access of(Method method, Class<?> resourceClass) {
        Access onMethod = declared(method);
        if (onMethod != null) {
            return onMethod;
        }
        Access onClass = declared(resourceClass);
        return onClass != null ? onClass : new Access(false, Set.of());
    }

    private static Access declared(AnnotatedElement element) {
        if (element == null) {
            return null;
        }
        if (element.isAnnotationPresent(PermitAll.class)) {
            return new Access(true, Set.of());
        }
        RolesAllowed allowed = element.getAnnotation(RolesAllowed.class);
        return allowed == null ? null : new Access(false, Set.of(allowed.value()));
    }

    boolean closed() {
        return !permitAll && roles.isEmpty();
    }
}
