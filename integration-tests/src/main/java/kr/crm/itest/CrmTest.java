package kr.crm.itest;

import org.junit.jupiter.api.BeforeAll;

/** Every integration test talks to the one host set up by {@link CrmHost}. */
abstract class CrmTest {
    static CrmHost host;

    @BeforeAll
    static void connectToHost() throws Exception {
        host = CrmHost.get();
    }
}
