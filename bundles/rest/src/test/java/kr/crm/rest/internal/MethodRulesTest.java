package kr.crm.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import javax.ws.rs.container.ResourceInfo;
import kr.crm.api.audit.AccessAction;
import org.junit.jupiter.api.Test;

class MethodRulesTest {
    private final MethodRules rules = new MethodRules();

    @Test
    void aCustomerReadIsForSignedInRolesScopedToTheKeyAndLoggedAsAView() throws Exception {
        MethodRules.Rules read = rules.of(info(CustomerResource.class.getMethod("get", String.class),
                CustomerResource.class));

        assertThat(read.access().permitAll()).isFalse();
        assertThat(read.access().roles()).isNotEmpty();
        assertThat(read.scoped().path()).containsExactly("key");
        assertThat(read.kind().resource()).isEqualTo("GET v1/customers/{key}");
        assertThat(read.kind().action(null)).isEqualTo(AccessAction.VIEW);
        assertThat(read.bodyLimit()).isEqualTo(MethodRules.BODY_LIMIT);
    }

    @Test
    void theCustomerPortalAndAChannelsOrderFileReadLargerBodiesThanTheRest() {
        for (Method m : PortalResource.class.getDeclaredMethods()) {
            assertThat(MethodRules.read(m, PortalResource.class).bodyLimit()).isEqualTo(MethodRules.PORTAL_BODY_LIMIT);
        }
        for (Method m : ImportResource.class.getDeclaredMethods()) {
            assertThat(MethodRules.read(m, ImportResource.class).bodyLimit()).isEqualTo(MethodRules.IMPORT_BODY_LIMIT);
        }
    }

    @Test
    void aLoginReachesNoPersonalDataAndIsOpenToAnyone() throws Exception {
        Method login = SessionResource.class.getMethod("login", SessionResource.Login.class,
                javax.servlet.http.HttpServletRequest.class);
        MethodRules.Rules rule = MethodRules.read(login, SessionResource.class);

        assertThat(rule.access().permitAll()).isTrue();
        assertThat(rule.kind()).isNull();
        assertThat(rule.scoped()).isNull();
    }

    @Test
    void aRequestThatMatchedNoMethodIsClosedAndAMethodsRulesAreReadOnce() throws Exception {
        assertThat(rules.of(info(null, null))).isSameAs(MethodRules.UNMATCHED);
        assertThat(MethodRules.UNMATCHED.access().closed()).isTrue();
        ResourceInfo get = info(CustomerResource.class.getMethod("get", String.class), CustomerResource.class);
        assertThat(rules.of(get)).isSameAs(rules.of(get));
    }

    private static ResourceInfo info(Method method, Class<?> type) {
        return new ResourceInfo() {
            @Override
            public Method getResourceMethod() {
                return method;
            }

            @Override
            public Class<?> getResourceClass() {
                return type;
            }
        };
    }
}
