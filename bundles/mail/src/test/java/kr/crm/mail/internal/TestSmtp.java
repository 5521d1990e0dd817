package kr.crm.mail.internal;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** An SMTP configuration pointing at a test server. */
final class TestSmtp {
    private TestSmtp() {
    }

    static SmtpConfig at(int port, int perDomain) {
        SmtpConfig c = mock(SmtpConfig.class);
        when(c.host()).thenReturn("127.0.0.1");
        when(c.port()).thenReturn(port);
        when(c.security()).thenReturn("NONE");
        when(c.user()).thenReturn("");
        when(c.password()).thenReturn("");
        when(c.fromAddress()).thenReturn("crm@hanbit.co.kr");
        when(c.fromName()).thenReturn("한빛 CRM");
        when(c.connectionsPerDomain()).thenReturn(perDomain);
        when(c.connectTimeoutMillis()).thenReturn(2000);
        when(c.readTimeoutMillis()).thenReturn(5000);
        return c;
    }
}
