package kr.crm.rest.internal;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HEAD;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import kr.crm.api.audit.AccessAction;

/**
 * Which resource methods reach personal data, and how an access to them is logged: the resource template (e.g.
 * {@code GET v1/customers/{key}}) and the action, from the HTTP method; a GET with {@code format=csv|xlsx} is an
 * export, and so is every call of a method marked {@link PersonalExport}. Decided once per resource method, on its
 * first call (decisions 160, 268).
 */
record AccessKind(String method, String resource, boolean download) {
    /** Paths under which answers and bodies hold personal data (names, phones, e-mails, addresses of persons). */
    static final List<String> PERSONAL = List.of("v1/customers", "v1/accounts", "v1/contacts", "v1/contact-logs",
            "v1/orders", "v1/imports", "v1/merges", "v1/reviews", "v1/segments", "v1/analytics", "v1/service-requests",
            "v1/tasks", "v1/postal-lists", "v1/data-subject-requests", "v1/campaigns", "v1/consents",
            "v1/service-satisfaction");

    /** @return the kind, or null if the method reaches no personal data */
    static AccessKind of(Method m, Class<?> resourceClass) {
        String path = join(resourceClass.getAnnotation(Path.class), m.getAnnotation(Path.class));
        if (PERSONAL.stream().noneMatch(p -> path.equals(p) || path.startsWith(p + "/"))) {
            return null;
        }
        String method = m.isAnnotationPresent(GET.class) ? "GET" : m.isAnnotationPresent(POST.class) ? "POST"
                : m.isAnnotationPresent(PUT.class) ? "PUT" : m.isAnnotationPresent(DELETE.class) ? "DELETE"
                : m.isAnnotationPresent(HEAD.class) ? "HEAD" : "PATCH";
        return new AccessKind(method, method + " " + path, m.isAnnotationPresent(PersonalExport.class));
    }

    /** The action of one call: an export if a GET asks for a file. */
    AccessAction action(String format) {
        if (download) {
            return AccessAction.EXPORT;
        }
        return switch (method) {
            case "GET", "HEAD" -> isFile(format) ? AccessAction.EXPORT
                    : isPrint(format) ? AccessAction.PRINT : AccessAction.VIEW;
            case "POST" -> AccessAction.CREATE;
            case "DELETE" -> AccessAction.DELETE;
            default -> AccessAction.UPDATE;
        };
    }

    /** {@code format=labels}: a sheet made to be printed (postal DM labels). */
    static boolean isPrint(String format) {
        return format != null && format.strip().equalsIgnoreCase("labels");
    }

    static boolean isFile(String format) {
        if (format == null) {
            return false;
        }
        String f = format.strip().toLowerCase(Locale.ROOT);
        return f.equals("csv") || f.equals("xlsx");
    }

    private static String join(Path onClass, Path onMethod) {
        String a = onClass == null ? "" : trim(onClass.value());
        String b = onMethod == null ? "" : trim(onMethod.value());
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "/" + b;
    }

    private static String trim(String p) {
        String s = p.strip();
        while (s.startsWith("/")) {
            s = s.substring(1);
        }
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
