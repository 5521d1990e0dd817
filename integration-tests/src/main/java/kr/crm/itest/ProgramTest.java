package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Triggered programs end to end (Felix, MariaDB, GreenMail): the welcome on entering grade S once per customer, by the
 * grade event and by the leased run reading the grade history; birthday and founding-day greetings on the day, once
 * per occasion, only to those who may get advertising; a disabled program sends nothing; the REST validation.
 */
class ProgramTest extends CrmTest {
    private static final List<Long> CREATED = new ArrayList<>();
    private static MailServer mail;

    @BeforeAll
    static void setUp() throws Exception {
        mail = MailServer.get();
        CampaignFixture.configure(host, 50);
    }

    @AfterAll
    static void tearDown() throws Exception {
        for (long id : CREATED) { // other tests' customers get no greeting from these
            host.call("POST", "v1/programs/" + id + "/disable", CrmHost.ADMIN, null);
        }
        CampaignFixture.reset(host);
    }

    @Test
    void enteringGradeSSendsOneWelcomeAndASecondEntryOrARerunSendsNothingMore() throws Exception {
        CampaignFixture f = new CampaignFixture(host);
        String template = template(f, "vip", "EMAIL", "ADVERTISING", "최우수 고객이 되신 것을 환영합니다",
                "{name} 담당자님, 최우수(S) 고객이 되신 것을 진심으로 환영합니다.");
        JsonNode program = program("TOP_GRADE_WELCOME", "EMAIL", template, true);
        long campaign = program.path("campaignId").asLong();
        assertThat(program.path("enabled").asBoolean()).isTrue();

        String welcomed = company(f, "(주)환영상사" + f.run, f.email("vip"), null);
        long consentId = f.consent(welcomed, "EMAIL", "ADVERTISING", true);
        String unconsented = company(f, "(주)무동의" + f.run, f.email("vipnone"), null);
        override(welcomed, "S");
        override(unconsented, "S");

        List<MimeMessage> got = awaitMail(f, f.email("vip"), 1);
        assertThat(got.get(0).getSubject()).isEqualTo("(광고) 최우수 고객이 되신 것을 환영합니다");
        assertThat(CampaignTest.part(got.get(0), "text/plain")).startsWith("(광고) 한빛상사\n\n(주)환영상사" + f.run
                + " 담당자님, 최우수(S) 고객이 되신 것을 진심으로 환영합니다.");

        // out of S and back in, then the daily run: the moment "entered S" of this customer had its message
        host.call("DELETE", "v1/accounts/" + welcomed + "/grade/override", CrmHost.REP, null);
        override(welcomed, "S");
        JsonNode run = runNow();
        assertThat(run.path("programs").asInt()).isGreaterThanOrEqualTo(1);
        settle(campaign);
        assertThat(f.campaignMail(mail, f.email("vip"))).hasSize(1);
        assertThat(f.campaignMail(mail, f.email("vipnone"))).isEmpty();
        List<JsonNode> rows = f.recipients(campaign);
        assertThat(rows).extracting(r -> r.path("customerKey").asText()).containsExactly(welcomed);
        JsonNode row = rows.get(0);
        assertThat(row.path("state").asText()).isEqualTo("SENT");
        assertThat(got.get(0).getMessageID()).startsWith("<campaign-" + campaign + "-" + row.path("id").asLong() + "@");

        JsonNode log = host.read(host.call("GET", "v1/campaigns/" + campaign + "/recipients/" + row.path("id").asLong()
                + "/why", CrmHost.REP, null)).path("sendLog");
        assertThat(log).hasSize(1);
        assertThat(log.get(0).path("outcome").asText()).isEqualTo("SENT");
        assertThat(log.get(0).path("basis").asText()).isEqualTo("CONSENT");
        assertThat(log.get(0).path("consentId").asLong()).isEqualTo(consentId);
        assertThat(log.get(0).path("templateName").asText()).isEqualTo(template);
        assertThat(host.read(host.call("GET", "v1/campaigns/" + campaign, CrmHost.VIEWER, null)).path("state").asText())
                .as("a program's standing campaign is never done").isEqualTo("RUNNING");

        // a grade entry the event did not bring (its node was down): the run reads it from the grade history
        String missed = company(f, "(주)늦은소식" + f.run, f.email("vipmissed"), null);
        f.consent(missed, "EMAIL", "ADVERTISING", true);
        try (Connection c = CrmHost.jdbc(); PreparedStatement s = c.prepareStatement("INSERT INTO grade_history "
                + "(account_key, from_grade, to_grade, why, changed_at, by_user) VALUES (?, 'A', 'S', 'it', ?, 'it')")) {
            s.setString(1, missed);
            s.setTimestamp(2, Timestamp.from(Instant.now()));
            s.executeUpdate();
        }
        assertThat(f.campaignMail(mail, f.email("vipmissed"))).isEmpty();
        runNow();
        awaitMail(f, f.email("vipmissed"), 1);
        runNow();
        settle(campaign);
        assertThat(f.campaignMail(mail, f.email("vipmissed"))).hasSize(1);
        assertThat(f.campaignMail(mail, f.email("vip"))).hasSize(1);
    }

    @Test
    void birthdaysAndFoundingDaysGetOneGreetingOnTheDayOnlyWithConsentAndNotFromADisabledProgram() throws Exception {
        CampaignFixture f = new CampaignFixture(host);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
        String birthdayTemplate = template(f, "bday", "EMAIL", "ADVERTISING", "생신을 축하드립니다",
                "{name}님, 생신을 진심으로 축하드립니다.");
        String offTemplate = template(f, "off", "EMAIL", "ADVERTISING", "꺼진 프로그램", "{name}님, 보내지면 안 됩니다.");
        String foundingTemplate = template(f, "found", "EMAIL", "ADVERTISING", "창립 기념일을 축하드립니다",
                "{name} 창립 기념일을 축하드립니다.");
        JsonNode birthdays = program("BIRTHDAY", "EMAIL", birthdayTemplate, true);
        JsonNode off = program("BIRTHDAY", "EMAIL", offTemplate, false);
        JsonNode founding = program("FOUNDING_DAY", "EMAIL", foundingTemplate, true);
        assertThat(off.path("enabled").asBoolean()).isFalse();

        String born = person(f, "김생일", f.email("born"), today.minusYears(30));
        long consentId = f.consent(born, "EMAIL", "ADVERTISING", true);
        person(f, "이무동의", f.email("bornnone"), today.minusYears(41));
        String optedOut = person(f, "박수신거부", f.email("bornout"), today.minusYears(25));
        f.consent(optedOut, "EMAIL", "ADVERTISING", true);
        f.optOut(optedOut, null, null);
        String tomorrow = person(f, "최내일", f.email("tomorrow"), today.plusDays(1).minusYears(33));
        f.consent(tomorrow, "EMAIL", "ADVERTISING", true);
        String company = company(f, "(주)창립상사" + f.run, f.email("founded"), today.minusYears(12));
        f.consent(company, "EMAIL", "ADVERTISING", true);
        String contact = contact(company, "정담당", f.email("contact"), today.minusYears(38));
        f.consent(contact, "EMAIL", "ADVERTISING", true);

        runNow();
        List<MimeMessage> greeting = awaitMail(f, f.email("born"), 1);
        assertThat(greeting.get(0).getSubject()).isEqualTo("(광고) 생신을 축하드립니다");
        assertThat(CampaignTest.part(greeting.get(0), "text/plain")).startsWith("(광고) 한빛상사\n\n김생일님, 생신을");
        List<MimeMessage> toContact = awaitMail(f, f.email("contact"), 1);
        assertThat(toContact.get(0).getSubject()).isEqualTo("(광고) 생신을 축하드립니다");
        assertThat(CampaignTest.part(toContact.get(0), "text/plain")).contains("정담당님, 생신을");
        List<MimeMessage> toCompany = awaitMail(f, f.email("founded"), 1);
        assertThat(toCompany.get(0).getSubject()).isEqualTo("(광고) 창립 기념일을 축하드립니다");

        runNow(); // a re-run (or a second node) finds the same moments: nothing more
        settle(birthdays.path("campaignId").asLong());
        settle(founding.path("campaignId").asLong());
        assertThat(f.campaignMail(mail, f.email("born"))).hasSize(1);
        assertThat(f.campaignMail(mail, f.email("contact"))).hasSize(1);
        assertThat(f.campaignMail(mail, f.email("founded"))).hasSize(1);
        for (String nobody : new String[] {"bornnone", "bornout", "tomorrow"}) {
            assertThat(f.campaignMail(mail, f.email(nobody))).as(nobody).isEmpty();
        }
        assertThat(f.states(off.path("campaignId").asLong())).as("the disabled program's outbox").isEmpty();
        assertThat(rowsFor(birthdays.path("campaignId").asLong(), born, contact, optedOut, tomorrow))
                .as("one row per person and year").containsExactlyInAnyOrder(born + "/" + today.getYear(),
                        contact + "/" + today.getYear());

        long row = f.recipient(birthdays.path("campaignId").asLong(), born).path("id").asLong();
        JsonNode log = host.read(host.call("GET", "v1/campaigns/" + birthdays.path("campaignId").asLong()
                + "/recipients/" + row + "/why", CrmHost.REP, null)).path("sendLog").get(0);
        assertThat(log.path("basis").asText()).isEqualTo("CONSENT");
        assertThat(log.path("consentId").asLong()).isEqualTo(consentId);

        // disabling stops the program: a new birthday today is not looked for
        host.call("POST", "v1/programs/" + birthdays.path("id").asLong() + "/disable", CrmHost.REP, null);
        String late = person(f, "한늦게", f.email("late"), today.minusYears(50));
        f.consent(late, "EMAIL", "ADVERTISING", true);
        runNow();
        settle(birthdays.path("campaignId").asLong());
        assertThat(f.campaignMail(mail, f.email("late"))).isEmpty();
        assertThat(host.read(host.call("GET", "v1/campaigns/" + birthdays.path("campaignId").asLong(), CrmHost.VIEWER,
                null)).path("state").asText()).isEqualTo("PAUSED");
    }

    @Test
    void anSmsBirthdayProgramSendsOneMarkedTextThroughTheGateway() throws Exception {
        CampaignFixture f = new CampaignFixture(host);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
        org.osgi.service.cm.Configuration config = CrmHost.service(host.context,
                org.osgi.service.cm.ConfigurationAdmin.class).getConfiguration("kr.crm.campaign.sms", "?");
        try (SmsProvider provider = new SmsProvider()) {
            java.util.Hashtable<String, Object> sms = new java.util.Hashtable<>();
            sms.put("url", provider.url());
            sms.put("apiKey", SmsProvider.KEY);
            sms.put("senderNumber", "02-123-4567");
            config.update(sms);
            String template = "prog-sms-" + f.run;
            HttpResponse<String> t = host.call("POST", "v1/campaign-templates", CrmHost.REP, """
                    {"name":"%s","channel":"SMS","kind":"ADVERTISING","senderName":"한빛상사","senderContact":"02-123-4567",
                     "optOut":"080-123-4567","body":"{name}님, 생신 축하드립니다"}""".formatted(template));
            assertThat(t.statusCode()).as(t.body()).isEqualTo(201);
            JsonNode program = program("BIRTHDAY", "SMS", template, true);
            String phone = CampaignTest.phone();
            HttpResponse<String> r = host.call("POST", "v1/customers", CrmHost.REP, """
                    {"kind":"PERSON","name":"문자생일","region":"%s","phone":"%s","birthday":"%s"}""".formatted(f.region,
                    phone, today.minusYears(44)));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            String key = host.read(r).path("key").asText();
            f.consent(key, "SMS", "ADVERTISING", true);
            f.consent(key, "SMS", "NIGHT_ADVERTISING", true); // whatever the hour the suite runs at
            String digits = phone.replace("-", "");

            runNow();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (provider.to(digits).isEmpty() && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(200);
            }
            runNow();
            settle(program.path("campaignId").asLong());
            assertThat(provider.to(digits)).hasSize(1);
            SmsProvider.Received got = provider.to(digits).get(0);
            assertThat(got.apiKey()).isEqualTo(SmsProvider.KEY);
            assertThat(got.body().path("text").asText()).startsWith("(광고)한빛상사\n문자생일님, 생신 축하드립니다")
                    .endsWith("무료수신거부 080-123-4567");
            host.call("POST", "v1/programs/" + program.path("id").asLong() + "/disable", CrmHost.REP, null);
        } finally {
            config.delete();
        }
    }

    @Test
    void programsAreValidatedWithTheFieldNamedAndOnlyRepsAndAdminsChangeThem() throws Exception {
        CampaignFixture f = new CampaignFixture(host);
        String mailTemplate = template(f, "valid", "EMAIL", "ADVERTISING", "환영", "{name}님 환영합니다.");
        String receipt = template(f, "receipt", "EMAIL", "TRANSACTIONAL", "접수 안내", "{name}님, 접수되었습니다.");
        assertThat(host.call("POST", "v1/programs", CrmHost.VIEWER, """
                {"kind":"BIRTHDAY","channel":"EMAIL","templateName":"%s"}""".formatted(mailTemplate)).statusCode())
                .isEqualTo(403);
        assertThat(host.call("GET", "v1/programs", CrmHost.VIEWER, null).statusCode()).isEqualTo(200);
        assertThat(host.call("POST", "v1/programs/run", CrmHost.REP, null).statusCode()).isEqualTo(403);
        bad("{\"channel\":\"EMAIL\",\"templateName\":\"" + mailTemplate + "\"}", "kind");
        bad("{\"kind\":\"ANNIVERSARY_X\",\"channel\":\"EMAIL\",\"templateName\":\"" + mailTemplate + "\"}", "kind");
        bad("{\"kind\":\"BIRTHDAY\",\"templateName\":\"" + mailTemplate + "\"}", "channel");
        bad("{\"kind\":\"BIRTHDAY\",\"channel\":\"FAX\",\"templateName\":\"" + mailTemplate + "\"}", "channel");
        bad("{\"kind\":\"BIRTHDAY\",\"channel\":\"EMAIL\"}", "templateName");
        bad("{\"kind\":\"BIRTHDAY\",\"channel\":\"EMAIL\",\"templateName\":\"no-such-" + f.run + "\"}", "templateName");
        bad("{\"kind\":\"BIRTHDAY\",\"channel\":\"EMAIL\",\"templateName\":\"" + mailTemplate
                + "\",\"templateVersion\":7}", "templateVersion");
        bad("{\"kind\":\"BIRTHDAY\",\"channel\":\"SMS\",\"templateName\":\"" + mailTemplate + "\"}", "templateName");
        JsonNode transactional = bad("{\"kind\":\"BIRTHDAY\",\"channel\":\"EMAIL\",\"templateName\":\"" + receipt + "\"}",
                "templateName");
        assertThat(transactional.path("error").asText()).contains("advertising");

        JsonNode p = program("FOUNDING_DAY", "EMAIL", mailTemplate, false);
        long id = p.path("id").asLong();
        HttpResponse<String> changed = host.call("PUT", "v1/programs/" + id, CrmHost.REP, """
                {"channel":"EMAIL","templateName":"%s","enabled":true,"version":%d}"""
                .formatted(mailTemplate, p.path("version").asLong()));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(host.read(changed).path("enabled").asBoolean()).isTrue();
        assertThat(host.read(changed).path("version").asLong()).isEqualTo(p.path("version").asLong() + 1);
        HttpResponse<String> stale = host.call("PUT", "v1/programs/" + id, CrmHost.REP, """
                {"channel":"EMAIL","templateName":"%s","enabled":false,"version":%d}"""
                .formatted(mailTemplate, p.path("version").asLong()));
        assertThat(stale.statusCode()).isEqualTo(400);
        assertThat(host.read(stale).path("field").asText()).isEqualTo("version");
        HttpResponse<String> kind = host.call("PUT", "v1/programs/" + id, CrmHost.REP, """
                {"kind":"BIRTHDAY","channel":"EMAIL","templateName":"%s","version":%d}"""
                .formatted(mailTemplate, p.path("version").asLong() + 1));
        assertThat(host.read(kind).path("field").asText()).isEqualTo("kind");
        assertThat(host.call("GET", "v1/programs/999999999", CrmHost.VIEWER, null).statusCode()).isEqualTo(404);
        assertThat(host.call("GET", "v1/programs/abc", CrmHost.VIEWER, null).statusCode()).isEqualTo(400);
        assertThat(host.read(host.call("POST", "v1/programs/" + id + "/disable", CrmHost.REP, null)).path("enabled")
                .asBoolean()).isFalse();
        assertThat(host.read(host.call("GET", "v1/campaigns/" + p.path("campaignId").asLong(), CrmHost.VIEWER, null))
                .path("state").asText()).isEqualTo("PAUSED");
    }

    private static JsonNode bad(String body, String field) throws Exception {
        HttpResponse<String> r = host.call("POST", "v1/programs", CrmHost.REP, body);
        assertThat(r.statusCode()).as(body + " -> " + r.body()).isEqualTo(400);
        JsonNode e = host.read(r);
        assertThat(e.path("field").asText()).as(r.body()).isEqualTo(field);
        return e;
    }

    private static String template(CampaignFixture f, String name, String channel, String kind, String subject,
            String body) throws Exception {
        String full = "prog-" + name + "-" + f.run;
        HttpResponse<String> r = host.call("POST", "v1/campaign-templates", CrmHost.REP, """
                {"name":"%s","channel":"%s","kind":"%s","senderName":"한빛상사","senderContact":"02-123-4567",
                 "subject":"%s","body":"%s"}""".formatted(full, channel, kind, subject, body));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return full;
    }

    private static JsonNode program(String kind, String channel, String template, boolean enabled) throws Exception {
        HttpResponse<String> r = host.call("POST", "v1/programs", CrmHost.REP, """
                {"kind":"%s","channel":"%s","templateName":"%s","enabled":%s}""".formatted(kind, channel, template,
                enabled));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode p = host.read(r);
        CREATED.add(p.path("id").asLong());
        return p;
    }

    private static String person(CampaignFixture f, String name, String email, LocalDate birthday) throws Exception {
        HttpResponse<String> r = host.call("POST", "v1/customers", CrmHost.REP, """
                {"kind":"PERSON","name":"%s","region":"%s","email":"%s","birthday":"%s"}""".formatted(name, f.region,
                email, birthday));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return host.read(r).path("key").asText();
    }

    private static String company(CampaignFixture f, String name, String email, LocalDate foundedOn) throws Exception {
        HttpResponse<String> r = host.call("POST", "v1/accounts", CrmHost.REP, """
                {"name":"%s","businessRegistrationNumber":"%s","region":"%s","email":"%s"%s}""".formatted(name, Brns.random(),
                f.region, email, foundedOn == null ? "" : ",\"foundedOn\":\"" + foundedOn + "\""));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return host.read(r).path("key").asText();
    }

    private static String contact(String account, String name, String email, LocalDate birthday) throws Exception {
        HttpResponse<String> r = host.call("POST", "v1/accounts/" + account + "/contacts", CrmHost.REP, """
                {"name":"%s","title":"과장","email":"%s","birthday":"%s"}""".formatted(name, email, birthday));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return host.read(r).path("key").asText();
    }

    private static void override(String account, String grade) throws Exception {
        HttpResponse<String> r = host.call("PUT", "v1/accounts/" + account + "/grade/override", CrmHost.REP,
                "{\"grade\":\"" + grade + "\",\"reason\":\"전략 고객 지정\",\"expiresOn\":\""
                        + LocalDate.now(ZoneId.of("Asia/Seoul")).plusDays(30) + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(host.read(r).path("grade").asText()).isEqualTo(grade);
    }

    /** The detection run now; the scheduled run of this or another node may hold the lease for a moment. */
    private static JsonNode runNow() throws Exception {
        return LeasedRuns.untilRan(host, "v1/programs/run", CrmHost.ADMIN);
    }

    private static List<MimeMessage> awaitMail(CampaignFixture f, String address, int n) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        List<MimeMessage> got = f.campaignMail(mail, address);
        while (got.size() < n && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(200);
            got = f.campaignMail(mail, address);
        }
        assertThat(got).as(address).hasSize(n);
        return got;
    }

    /** Waits until the campaign has no row left to send, and a little more for a pass that might send twice. */
    private static void settle(long campaign) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        JsonNode counts;
        do {
            TimeUnit.MILLISECONDS.sleep(300);
            counts = host.read(host.call("GET", "v1/campaigns/" + campaign + "/counts", CrmHost.VIEWER, null));
        } while (counts.path("pending").asInt() + counts.path("sending").asInt() > 0 && System.nanoTime() < deadline);
        TimeUnit.SECONDS.sleep(3); // the sender polls every second in these tests
    }

    /** "key/occasion" of the campaign's outbox rows for these keys, from MariaDB. */
    private static List<String> rowsFor(long campaign, String... keys) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = CrmHost.jdbc(); PreparedStatement s = c.prepareStatement(
                "SELECT customer_key, occasion FROM campaign_recipient WHERE campaign_id = ? AND customer_key IN (?, ?, ?, ?)")) {
            s.setLong(1, campaign);
            for (int i = 0; i < 4; i++) {
                s.setString(i + 2, keys[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1) + "/" + rs.getString(2));
                }
            }
        }
        return out;
    }

}
