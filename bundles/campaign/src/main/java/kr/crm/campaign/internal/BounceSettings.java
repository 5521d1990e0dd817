package kr.crm.campaign.internal;

import java.util.Locale;
import java.util.Set;

/**
 * The bounce mailbox configuration, checked: each wrong value is refused naming its property, and the component is
 * not started (SCR logs the reason).
 */
record BounceSettings(String host, int port, String security, String user, String password, String folder,
        String processedFolder, String rejectedFolder, int pollSeconds, int batchSize, int leaseSeconds,
        int timeoutMillis) {

    private static final Set<String> SECURITY = Set.of("TLS", "STARTTLS", "NONE");

    static BounceSettings of(BounceConfig c) {
        String host = required("host", c.host());
        if (host.matches(".*[\\s/@].*")) {
            throw invalid("host", "must be a host name or address, without scheme, path or user");
        }
        if (c.port() < 1 || c.port() > 65535) {
            throw invalid("port", "must be from 1 to 65535");
        }
        String security = c.security() == null ? "" : c.security().strip().toUpperCase(Locale.ROOT);
        if (!SECURITY.contains(security)) {
            throw invalid("security", "must be TLS, STARTTLS or NONE");
        }
        String folder = required("folder", c.folder());
        String processed = required("processedFolder", c.processedFolder());
        String rejected = required("rejectedFolder", c.rejectedFolder());
        if (processed.equalsIgnoreCase(folder) || rejected.equalsIgnoreCase(folder)) {
            throw invalid(processed.equalsIgnoreCase(folder) ? "processedFolder" : "rejectedFolder",
                    "must differ from folder (the notifications would be read again and again)");
        }
        range("pollSeconds", c.pollSeconds(), 1, 86_400);
        range("batchSize", c.batchSize(), 1, 1000);
        range("leaseSeconds", c.leaseSeconds(), 10, 86_400);
        range("timeoutMillis", c.timeoutMillis(), 100, 600_000);
        return new BounceSettings(host, c.port(), security, required("user", c.user()),
                c.password() == null ? "" : c.password(), folder, processed, rejected, c.pollSeconds(),
                c.batchSize(), c.leaseSeconds(), c.timeoutMillis());
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw invalid(field, "is required");
        }
        return value.strip();
    }

    private static void range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw invalid(field, "must be from " + min + " to " + max);
        }
    }

    private static IllegalArgumentException invalid(String field, String why) {
        return new IllegalArgumentException(BouncePoller.PID + ": " + field + " " + why);
    }

    @Override
    public String toString() { // never the password
        return "BounceSettings[" + host + ":" + port + " " + security + " " + folder + "]";
    }
}
