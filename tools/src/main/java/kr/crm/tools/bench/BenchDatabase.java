package kr.crm.tools.bench;

import static kr.crm.tools.bench.BenchSupport.copy;
import static kr.crm.tools.bench.BenchSupport.deleteTree;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import kr.crm.tools.HostProcess;
import kr.crm.tools.PrivateMariaDb;

/**
 * The private MariaDB of a benchmark: created with the schema the host's own migrations make (as in
 * operation), loaded once by the benchmark's loader (not timed by the benchmark), saved beside, and
 * restored from the saved copy when asked to reuse it.
 *
 * @param work the benchmark's folder ({@code mariadb/} below it is the server's)
 * @param saved where the loaded data files are kept for a later {@code --reuse}
 * @param port the server's port
 * @param serverOptions mariadbd options
 * @param database the CRM's database
 * @param password the CRM user's password
 */
record BenchDatabase(Path work, Path saved, int port, List<String> serverOptions, String database, String password) {

    /** Fills a fresh database; says what went in. */
    interface Loader {
        Object load(Connection c) throws Exception;
    }

    Path folder() {
        return work.resolve("mariadb");
    }

    PrivateMariaDb start() throws Exception {
        return PrivateMariaDb.start(folder(), port, serverOptions);
    }

    Connection connect() throws Exception {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/" + database
                + "?allowLocalInfile=true", "crm", password);
    }

    /**
     * Lets the host migrate the database to its schema and stops both, so that a timed run does not
     * share the machine with the migrations' index builds and the server's flushing after them.
     */
    void migrate(Path jar, Path host, String upUrl) throws Exception {
        long started = System.nanoTime();
        try (PrivateMariaDb server = start(); HostProcess process = HostProcess.start(jar, host, false)) {
            if (!process.awaitUp(upUrl, "rep.kim:" + password)) {
                throw new IllegalStateException("host did not come up; see " + host.resolve("host.log"));
            }
        }
        System.out.printf("migrated and stopped in %.0f s%n", (System.nanoTime() - started) / 1e9);
    }

    /**
     * Restores the saved copy ({@code reuse} and one exists), or creates the database, lets the host
     * ({@code jar}, run in {@code host} until {@code upUrl} answers) migrate it, loads it in one
     * transaction a chunk as the loader commits, analyzes {@code tables} and saves a copy.
     */
    void prepare(boolean reuse, Path jar, Path host, String upUrl, Loader loader, List<String> tables)
            throws Exception {
        if (reuse && Files.isDirectory(saved)) {
            deleteTree(folder().resolve("data"));
            copy(saved, folder().resolve("data"));
            System.out.println("database restored from " + saved);
            return;
        }
        deleteTree(folder());
        Files.createDirectories(work);
        try (PrivateMariaDb server = start()) {
            server.ensureDatabase(database, "crm", password);
            try (HostProcess process = HostProcess.start(jar, host, false)) {
                if (!process.awaitUp(upUrl, "rep.kim:" + password)) {
                    throw new IllegalStateException("host did not come up; see " + host.resolve("host.log"));
                }
            }
            long started = System.nanoTime();
            try (Connection c = connect()) {
                c.setAutoCommit(false);
                Object counts = loader.load(c);
                c.setAutoCommit(true);
                try (Statement s = c.createStatement()) {
                    for (String t : tables) {
                        s.execute("ANALYZE TABLE " + t);
                    }
                }
                System.out.printf("loaded in %.0f s: %s%n", (System.nanoTime() - started) / 1e9, counts);
            }
        }
        deleteTree(saved);
        copy(folder().resolve("data"), saved);
        System.out.println("database saved in " + saved + " (--reuse starts from it)");
    }
}
