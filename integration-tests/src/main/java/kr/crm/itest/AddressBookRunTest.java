package kr.crm.itest;

import static kr.crm.itest.CrmHost.ADMIN;
import static kr.crm.itest.CrmHost.OTHER_REP;
import static kr.crm.itest.CrmHost.REP;
import static kr.crm.itest.CrmHost.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.Test;

/** Who may see and run a CardDAV address book, what a run writes to the access log, and a run whose server is down. */
class AddressBookRunTest extends CrmTest {

    @Test
    void onlyAnAdminOrTheOwnerRepSeesAndRunsAnAddressBook() throws Exception {
        book("it-access", REP, 0.5);
        assertThat(host.read(host.call("GET", "v1/sync/addressbooks", REP, null)).toString()).contains("it-access");
        assertThat(host.read(host.call("GET", "v1/sync/addressbooks", OTHER_REP, null)).toString())
                .doesNotContain("it-access");
        assertThat(host.call("GET", "v1/sync/addressbooks/it-access", OTHER_REP, null).statusCode()).isEqualTo(403);
        assertThat(host.call("POST", "v1/sync/addressbooks/it-access/runs", OTHER_REP, null).statusCode()).isEqualTo(403);
        assertThat(host.call("POST", "v1/sync/addressbooks/it-access/runs", VIEWER, null).statusCode()).isEqualTo(403);
        assertThat(host.call("POST", "v1/sync/addressbooks/it-access/runs", null, null).statusCode()).isEqualTo(401);
        HttpResponse<String> own = host.call("POST", "v1/sync/addressbooks/it-access/runs", REP, null);
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        assertThat(host.read(own).toString()).doesNotContain(Radicale.PASSWORD);
        JsonNode runs = host.read(host.call("GET", "v1/sync/addressbooks/it-access/runs", REP, null));
        assertThat(runs.get(0).path("trigger").asText()).isEqualTo(REP);
        // the run is one access-log entry: who ran it, the book, the contacts it wrote
        CrmHost.accessLogCopied();
        try (Connection c = CrmHost.jdbc(); PreparedStatement s = c.prepareStatement(
                "SELECT action, row_count FROM access_log WHERE username = ? AND resource = 'carddav:it-access'")) {
            s.setString(1, REP);
            try (java.sql.ResultSet logged = s.executeQuery()) {
                assertThat(logged.next()).as("a SYNC row for the run").isTrue();
                assertThat(logged.getString(1)).isEqualTo("SYNC");
                JsonNode ran = host.read(own);
                assertThat(logged.getInt(2)).isEqualTo(ran.path("crm").path("created").asInt()
                        + ran.path("crm").path("updated").asInt() + ran.path("crm").path("deleted").asInt()
                        + ran.path("groupware").path("created").asInt() + ran.path("groupware").path("updated").asInt()
                        + ran.path("groupware").path("deleted").asInt());
                assertThat(logged.next()).isFalse();
            }
        }
        assertThat(host.call("GET", "v1/sync/addressbooks/it-access/runs?limit=0", REP, null).statusCode()).isEqualTo(400);
        assertThat(host.call("GET", "v1/sync/addressbooks/nope/runs", ADMIN, null).statusCode()).isEqualTo(404);
    }

    @Test
    void anUnreachableServerIsRecordedAsAFailedRun() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        configure("it-down", "http://127.0.0.1:" + closed, "/" + Radicale.USER + "/down/", "dav.down", 0.5);
        JsonNode r = run("it-down");
        assertThat(r.path("status").asText()).as(r.toString()).isEqualTo("FAILED");
        assertThat(r.path("problems").toString()).contains("server unreachable");
        JsonNode runs = host.read(host.call("GET", "v1/sync/addressbooks/it-down/runs", ADMIN, null));
        assertThat(runs.get(0).path("status").asText()).isEqualTo("FAILED");
    }

    private static JsonNode run(String name) throws Exception {
        return AddressBooks.run(host, name);
    }

    private static void configure(String name, String url, String path, String ownerRep, double guardShare)
            throws Exception {
        AddressBooks.configure(host, name, url, path, ownerRep, guardShare);
    }

    private static void book(String name, String ownerRep, double guardShare) throws Exception {
        Radicale dav = Radicale.get();
        configure(name, dav.base, dav.newAddressBook(name), ownerRep, guardShare);
    }
}
