package kr.crm.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import org.junit.jupiter.api.Test;

/** The OpenAPI description and the access rules cover every resource method. */
class ApiContractTest {
    /** Every class of this package with a {@code @Path}: a new resource cannot be left out of the check. */
    private static final List<Class<?>> RESOURCES = resources();

    private static List<Class<?>> resources() {
        try (Stream<java.nio.file.Path> files = Files.list(java.nio.file.Path.of(
                CustomerResource.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(CustomerResource.class.getPackageName().replace('.', '/')))) {
            List<Class<?>> found = new ArrayList<>();
            for (String name : files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".class") && !n.contains("$")).sorted().toList()) {
                Class<?> type = Class.forName(CustomerResource.class.getPackageName() + "." + name.replace(".class", ""));
                if (type.isAnnotationPresent(Path.class)) {
                    found.add(type);
                }
            }
            assertThat(found).as("resources found").hasSizeGreaterThan(20);
            return found;
        } catch (Exception e) {
            throw new IllegalStateException("cannot list the resource classes", e);
        }
    }

    record Endpoint(String verb, String path, Method method, Class<?> type) {
    }

    static List<Endpoint> endpoints() {
        List<Endpoint> all = new ArrayList<>();
        for (Class<?> type : RESOURCES) {
            String base = "/" + type.getAnnotation(Path.class).value();
            for (Method m : type.getDeclaredMethods()) {
                String verb = verb(m);
                if (verb != null) {
                    Path sub = m.getAnnotation(Path.class);
                    all.add(new Endpoint(verb, sub == null ? base : base + "/" + sub.value(), m, type));
                }
            }
        }
        return all;
    }

    private static String verb(Method m) {
        for (Class<? extends Annotation> a : List.of(GET.class, POST.class, PUT.class, DELETE.class)) {
            if (m.isAnnotationPresent(a)) {
                return a.getSimpleName().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    @Test
    void everyEndpointIsDescribedInOpenApi() throws Exception {
        JsonNode paths;
        try (InputStream in = OpenApiResource.class.getResourceAsStream("openapi.json")) {
            paths = Json.newMapper().readTree(in).get("paths");
        }
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).hasSizeGreaterThan(10);
        List<String> missing = endpoints.stream().filter(e -> !paths.path(e.path()).has(e.verb()))
                .map(e -> e.verb() + " " + e.path()).toList();
        assertThat(missing).as("endpoints missing in openapi.json").isEmpty();
    }

    @Test
    void everyEndpointDeclaresWhoMayCallIt() {
        for (Endpoint e : endpoints()) {
            assertThat(Access.of(e.method(), e.type()).closed())
                    .as("%s %s declares @RolesAllowed or @PermitAll", e.verb(), e.path()).isFalse();
        }
    }
}
