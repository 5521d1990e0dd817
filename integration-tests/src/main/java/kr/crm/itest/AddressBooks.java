package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Hashtable;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/** CardDAV address books of the host under test: a factory configuration per book, and a sync run now. */
final class AddressBooks {
    private AddressBooks() {
    }

    /**
     * Configures a two-way book {@code name} at {@code url} + {@code path} (Radicale's test user), run by hand only,
     * and waits until the host serves it.
     *
     * @param guardShare the delete guard's share, or null for the default
     */
    static void configure(CrmHost host, String name, String url, String path, String ownerRep, Double guardShare)
            throws Exception {
        ConfigurationAdmin admin = CrmHost.service(host.context, ConfigurationAdmin.class);
        Configuration config = admin.getFactoryConfiguration("kr.crm.sync.addressbook", name, "?");
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("name", name);
        props.put("serverUrl", url);
        props.put("addressBookPath", path);
        props.put("user", Radicale.USER);
        props.put("password", Radicale.PASSWORD);
        props.put("direction", "TWO_WAY");
        props.put("ownerRep", ownerRep);
        if (guardShare != null) {
            props.put("deleteGuardShare", guardShare);
        }
        props.put("intervalMinutes", 0);
        props.put("timeoutSeconds", 10);
        config.update(props);
        host.awaitStatus("GET", "v1/sync/addressbooks/" + name, CrmHost.ADMIN, 200);
    }

    /** Runs the book's sync now as the admin; its run record. */
    static JsonNode run(CrmHost host, String name) throws Exception {
        HttpResponse<String> r = host.call("POST", "v1/sync/addressbooks/" + name + "/runs", CrmHost.ADMIN, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return host.read(r);
    }
}
