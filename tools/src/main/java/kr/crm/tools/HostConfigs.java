package kr.crm.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the FileInstall {@code .config} files with which the demo host finds its database. */
public final class HostConfigs {
    private HostConfigs() {
    }

    public static void write(Path deploy, String database, int dbPort, int httpPort, String dbPassword, String demoPassword)
            throws IOException {
        Files.createDirectories(deploy);
        config(deploy, "kr.crm.persistence.datasource",
                "host=\"127.0.0.1\"\nport=I\"" + dbPort + "\"\ndatabase=\"" + database + "\"\nuser=\"crm\"\npassword=\""
                        + dbPassword + "\"\npoolSize=I\"8\"\n");
        config(deploy, "kr.crm.demo", "password=\"" + demoPassword + "\"\n");
        config(deploy, "org.apache.felix.http",
                "org.osgi.service.http.port=I\"" + httpPort + "\"\norg.apache.felix.http.host=\"127.0.0.1\"\n");
    }

    /** The web pages' session secret and the secret a host signs its vouching tokens with (PID kr.crm.security.web). */
    public static void webSessions(Path deploy, String sessionSecret, String hostSecret) throws IOException {
        config(deploy, "kr.crm.security.web", "sessionSecret=\"" + sessionSecret + "\"\nhostSecret=\"" + hostSecret + "\"\n");
    }

    /** The customer portal's link-signing secret and the base of the links it sends (PID kr.crm.service.portal). */
    public static void portal(Path deploy, String tokenSecret, String publicBaseUrl) throws IOException {
        config(deploy, "kr.crm.service.portal", "tokenSecret=\"" + tokenSecret + "\"\npublicBaseUrl=\"" + publicBaseUrl + "\"\n");
    }

    /**
     * Campaigns (PID kr.crm.campaign.unsubscribe): the secret that signs one-click unsubscribe and tracking links, and
     * the address those links point to. Without it there are no campaign templates and no sender.
     */
    public static void campaigns(Path deploy, String secret, String publicBaseUrl) throws IOException {
        config(deploy, "kr.crm.campaign.unsubscribe", "secret=\"" + secret + "\"\npublicBaseUrl=\"" + publicBaseUrl + "\"\n");
    }

    /**
     * Where the host keeps its copies of the access log's chain head and its journal of entries not yet copied into the
     * database (PID kr.crm.audit; {@code journal} null: none, each entry is committed before the answer). The demo keeps
     * both beside the database's files, so that a database deleted to start afresh takes them with it.
     */
    public static void accessLog(Path deploy, Path anchors, Path journal) throws IOException {
        config(deploy, "kr.crm.audit", "anchorDirectory=\"" + anchors + "\"\n"
                + (journal == null ? "" : "journalDirectory=\"" + journal + "\"\n"));
    }

    /** The SMTP relay every CRM message goes through (PID kr.crm.mail.smtp). */
    public static void mail(Path deploy, int smtpPort, String fromAddress, String fromName) throws IOException {
        config(deploy, "kr.crm.mail.smtp", "host=\"127.0.0.1\"\nport=I\"" + smtpPort + "\"\nfromAddress=\"" + fromAddress
                + "\"\nfromName=\"" + fromName + "\"\n");
    }

    public static void config(Path deploy, String pid, String body) throws IOException {
        Files.writeString(deploy.resolve(pid + ".config"), body, StandardCharsets.UTF_8);
    }
}
