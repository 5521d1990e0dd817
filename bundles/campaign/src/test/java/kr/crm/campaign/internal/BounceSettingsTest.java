package kr.crm.campaign.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BounceSettingsTest {

    /** The configuration as ConfigAdmin would give it: the given values, else the defaults. */
    private static BounceConfig config(Map<String, Object> values) {
        return (BounceConfig) Proxy.newProxyInstance(BounceConfig.class.getClassLoader(),
                new Class<?>[] {BounceConfig.class},
                (proxy, method, args) -> values.containsKey(method.getName()) ? values.get(method.getName())
                        : method.getDefaultValue());
    }

    private static Map<String, Object> valid() {
        Map<String, Object> m = new HashMap<>();
        m.put("host", "imap.hanbit-it.co.kr");
        m.put("user", "bounces");
        m.put("password", "pw");
        return m;
    }

    @Test
    void defaultsAreTlsOnTheInboxAndThePasswordIsNeverPrinted() {
        BounceSettings s = BounceSettings.of(config(valid()));
        assertThat(s.security()).isEqualTo("TLS");
        assertThat(s.port()).isEqualTo(993);
        assertThat(s.folder()).isEqualTo("INBOX");
        assertThat(s.toString()).doesNotContain("pw");
    }

    @Test
    void eachWrongValueIsRefusedNamingItsProperty() {
        assertRefused("host", null, "host is required");
        assertRefused("host", "imaps://x/y", "host must be a host name");
        assertRefused("port", 70000, "port must be from 1 to 65535");
        assertRefused("security", "SSL", "security must be TLS, STARTTLS or NONE");
        assertRefused("user", " ", "user is required");
        assertRefused("processedFolder", "inbox", "processedFolder must differ from folder");
        assertRefused("pollSeconds", 0, "pollSeconds must be from 1");
        assertRefused("batchSize", 5000, "batchSize must be from 1 to 1000");
    }

    private static void assertRefused(String property, Object value, String message) {
        Map<String, Object> m = valid();
        m.put(property, value);
        assertThatThrownBy(() -> BounceSettings.of(config(m))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kr.crm.campaign.bounces: " + message);
    }
}
