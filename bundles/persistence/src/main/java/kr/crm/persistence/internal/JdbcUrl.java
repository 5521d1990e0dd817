package kr.crm.persistence.internal;

/** Builds the Connector/J URL from the configuration; the only place that knows its options. */
final class JdbcUrl {
    private JdbcUrl() {
    }

    /** The URL without credentials: Connector/J does not URL-decode its options, so they are set apart. */
    static String of(DataSourceConfig c) {
        return "jdbc:mariadb://" + c.host() + ":" + c.port() + "/" + c.database()
                + "?maxPoolSize=" + c.poolSize()
                + "&minPoolSize=1"
                // validate every connection taken from the pool: after a database restart or a Galera
                // node loss, pooled connections are dead, and the default (no check within 1 s of the
                // last use) handed them to requests whose first statement is outside any retry
                + "&poolValidMinDelay=0"
                + "&connectTimeout=" + c.connectTimeoutMillis()
                + "&registerJmxPool=false";
    }

}
