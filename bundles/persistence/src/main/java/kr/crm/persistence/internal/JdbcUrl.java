package kr.crm.persistence.internal;

/** Builds the Connector/J URL from the configuration; the only place that knows its options. */
final class JdbcUrl {
    private JdbcUrl() {
    }

    /**
     * The URL without credentials (Connector/J does not URL-decode its options, so they are set apart) and without
     * pool options: the pool is HikariCP's.
     */
    static String of(DataSourceConfig c) {
        return "jdbc:mariadb://" + c.host() + ":" + c.port() + "/" + c.database()
                + "?connectTimeout=" + c.connectTimeoutMillis();
    }
}
