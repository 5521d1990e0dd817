package kr.crm.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import kr.crm.api.customer.ContactPerson;
import kr.crm.api.customer.ContactPersonDraft;
import kr.crm.api.customer.Customer;
import kr.crm.api.customer.CustomerDraft;
import kr.crm.api.customer.CustomerKind;
import kr.crm.api.customer.CustomerService;
import kr.crm.api.identity.IdentityNormalizer;
import kr.crm.api.sync.AddressBook;
import kr.crm.api.sync.RunStatus;
import kr.crm.api.sync.SyncDirection;
import kr.crm.api.sync.SyncRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyncRunnerTest {
    private FakeDav dav;
    private final FakeCrm crm = new FakeCrm();
    private final CustomerService customers = mock(CustomerService.class);
    private final IdentityNormalizer normalizer = mock(IdentityNormalizer.class);

    @BeforeEach
    void accounts() {
        accountNamed("(주)한빛정밀");
        // folds company names as the identity code does, for what these tests need
        lenient().when(normalizer.nameKey(anyString())).thenAnswer(i -> ((String) i.getArgument(0))
                .replace("(주)", "").replace("주식회사", "").replace(" ", ""));
    }

    private void accountNamed(String name) {
        Customer account = Customer.of("C1", new CustomerDraft(CustomerKind.COMPANY, name, null, null, null,
                null, null, null, null, null, null, "rep.kim", null, null, null), 1, Instant.EPOCH, Instant.EPOCH);
        lenient().when(customers.find(anyString())).thenReturn(Optional.of(account));
    }

    private SyncRun run(SyncDirection direction, double guard) {
        AddressBook book = new AddressBook("t", "http://x/", "/book/", "u", direction, "rep.kim", List.of(), 0, guard);
        return new SyncRunner(dav, crm, crm, customers, normalizer, book, Clock.fixed(crm.clock, ZoneOffset.UTC))
                .run("node", "test");
    }

    private String contact(String name, String title, String mobile) {
        return crm.create("C1", new ContactPersonDraft(name, title, null, null, mobile, null, null, null), null).key();
    }

    private void crmEdit(String key, String title) {
        ContactPerson p = crm.contacts.get(key);
        crm.update(key, p.version(), new ContactPersonDraft(p.name(), title, p.department(), p.phone(), p.mobile(),
                p.email(), p.birthday(), p.notes()));
    }

    @ParameterizedTest(name = "sync-collection: {0}")
    @ValueSource(booleans = {false, true})
    void aCardChangedOnTheServerWhileBeingWrittenIsReadAgainMergedAndWrittenWithNothingLost(boolean syncCollection) {
        dav = new FakeDav(syncCollection);
        String key = contact("최유나", "대리", "010-3300-0001");
        run(SyncDirection.TWO_WAY, 0.5);
        String href = dav.cards.keySet().iterator().next();

        crmEdit(key, "과장");
        dav.beforeNextPut = () -> dav.serverWrites(href,
                dav.cards.get(href).text().replace("010-3300-0001", "010-3300-9999"), crm.clock.plusSeconds(1));
        SyncRun r = run(SyncDirection.TWO_WAY, 0.5);

        assertThat(dav.preconditionFailures).isEqualTo(1);
        assertThat(r.status()).isEqualTo(RunStatus.OK);
        assertThat(dav.cards.get(href).text()).contains("TITLE:과장", "010-3300-9999");
        ContactPerson after = crm.contacts.get(key);
        assertThat(after.title()).isEqualTo("과장");
        assertThat(after.mobile()).isEqualTo("010-3300-9999");
        assertThat(run(SyncDirection.TWO_WAY, 0.5).groupware().updated()).isZero();
    }

    @ParameterizedTest(name = "sync-collection: {0}")
    @ValueSource(booleans = {false, true})
    void aDeleteOnEachSideDeletesExactlyThatContactOnTheOther(boolean syncCollection) {
        dav = new FakeDav(syncCollection);
        String a = contact("한지민", null, "010-3400-0001");
        String b = contact("오세훈", null, "010-3400-0002");
        contact("정다은", null, "010-3400-0003");
        contact("강태민", null, "010-3400-0004");
        run(SyncDirection.TWO_WAY, 0.5);
        assertThat(dav.cards).hasSize(4);

        dav.serverDeletes(crm.cards.values().stream().filter(c -> c.contactKey().equals(a)).findFirst().orElseThrow().href());
        SyncRun serverDelete = run(SyncDirection.TWO_WAY, 0.5);
        assertThat(serverDelete.crm().deleted()).isEqualTo(1);
        assertThat(crm.contacts).doesNotContainKey(a);

        crm.delete(b, 1);
        SyncRun crmDelete = run(SyncDirection.TWO_WAY, 0.5);
        assertThat(crmDelete.groupware().deleted()).isEqualTo(1);
        assertThat(dav.cards).hasSize(2);
        assertThat(crm.cards).hasSize(2);
    }

    @ParameterizedTest(name = "sync-collection: {0}")
    @ValueSource(booleans = {false, true})
    void theDeleteGuardStopsARunBeforeItChangesAnything(boolean syncCollection) {
        dav = new FakeDav(syncCollection);
        contact("유재석", null, "010-3500-0001");
        contact("송지효", null, "010-3500-0002");
        contact("김종국", null, "010-3500-0003");
        run(SyncDirection.TWO_WAY, 0.3);
        List<String> hrefs = List.copyOf(dav.cards.keySet());
        dav.serverDeletes(hrefs.get(0));
        dav.serverDeletes(hrefs.get(1));

        SyncRun r = run(SyncDirection.TWO_WAY, 0.3);
        assertThat(r.status()).isEqualTo(RunStatus.DELETE_GUARD);
        assertThat(crm.contacts).hasSize(3);
        assertThat(crm.cards).hasSize(3);
    }

    @ParameterizedTest(name = "sync-collection: {0}")
    @ValueSource(booleans = {false, true})
    void oneWayToGroupwareOverwritesServerEditsAndNeverWritesTheCrm(boolean syncCollection) {
        dav = new FakeDav(syncCollection);
        String key = contact("박지훈", "주임", "010-3200-0001");
        run(SyncDirection.CRM_TO_GROUPWARE, 0.5);
        String href = dav.cards.keySet().iterator().next();
        dav.serverWrites(href, dav.cards.get(href).text().replace("TITLE:주임", "TITLE:선임"), crm.clock.plusSeconds(5));

        SyncRun r = run(SyncDirection.CRM_TO_GROUPWARE, 0.5);
        assertThat(r.crm().updated()).isZero();
        assertThat(crm.contacts.get(key).title()).isEqualTo("주임");
        assertThat(dav.cards.get(href).text()).contains("TITLE:주임");
    }

    @ParameterizedTest(name = "sync-collection: {0}")
    @ValueSource(booleans = {false, true})
    void oneWayFromGroupwareTakesServerEditsAndNeverWritesTheServer(boolean syncCollection) {
        dav = new FakeDav(syncCollection);
        dav.serverWrites("/book/g-1.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:g-1\r\nFN:윤하늘\r\nTITLE:사원\r\nEND:VCARD\r\n",
                crm.clock);
        run(SyncDirection.GROUPWARE_TO_CRM, 0.5);
        String key = crm.contacts.keySet().iterator().next();
        crmEdit(key, "대리");
        int puts = dav.puts;

        run(SyncDirection.GROUPWARE_TO_CRM, 0.5);
        assertThat(dav.puts).isEqualTo(puts);
        assertThat(dav.cards.get("/book/g-1.vcf").text()).contains("TITLE:사원");
    }

    @ParameterizedTest(name = "sync-collection: {0}")
    @ValueSource(booleans = {false, true})
    void aFieldChangedOnBothSidesGoesToTheLaterChangeAndKeepsTheOtherValueInTheNotes(boolean syncCollection) {
        dav = new FakeDav(syncCollection);
        String key = contact("최유나", "대리", "010-3300-0001");
        run(SyncDirection.TWO_WAY, 0.5);
        String href = dav.cards.keySet().iterator().next();

        crmEdit(key, "차장");
        dav.serverWrites(href, dav.cards.get(href).text().replace("TITLE:대리", "TITLE:부장"), crm.clock.plusSeconds(30));
        SyncRun serverLater = run(SyncDirection.TWO_WAY, 0.5);
        assertThat(serverLater.crm().conflicts()).isEqualTo(1);
        assertThat(serverLater.problems()).anyMatch(p -> p.contains("contact " + key + " field title"));
        assertThat(crm.contacts.get(key).title()).isEqualTo("부장");
        assertThat(crm.contacts.get(key).notes()).isEqualTo("[동기화 충돌] title: 차장");
        assertThat(dav.cards.get(href).text()).contains("TITLE:부장", "[동기화 충돌] title: 차장");

        dav.serverWrites(href, dav.cards.get(href).text().replace("TITLE:부장", "TITLE:이사"), crm.clock.plusSeconds(1));
        crm.clock = crm.clock.plusSeconds(120);
        crmEdit(key, "상무");
        SyncRun crmLater = run(SyncDirection.TWO_WAY, 0.5);
        assertThat(crmLater.groupware().conflicts()).isEqualTo(1);
        assertThat(crm.contacts.get(key).title()).isEqualTo("상무");
        assertThat(dav.cards.get(href).text()).contains("TITLE:상무", "[동기화 충돌] title: 이사");
    }

    @Test
    void withASyncTokenARunReadsOnlyWhatChangedAndStillTakesEveryChange() {
        dav = new FakeDav(true);
        String edited = contact("김하늘", "사원", "010-3600-0001");
        contact("이바다", "사원", "010-3600-0002");
        String deleted = contact("박구름", "사원", "010-3600-0003");
        run(SyncDirection.TWO_WAY, 0.5);
        String serverEdited = crm.cards.values().stream().filter(c -> !c.contactKey().equals(edited)
                && !c.contactKey().equals(deleted)).findFirst().orElseThrow().href();
        int reads = crm.wholeBookReads;

        SyncRun nothing = run(SyncDirection.TWO_WAY, 0.5);
        assertThat(nothing.mode()).isEqualTo("incremental");
        assertThat(crm.wholeBookReads).isEqualTo(reads);
        assertThat(dav.puts).isEqualTo(3);

        crmEdit(edited, "대리");
        crm.delete(deleted, 1);
        String added = contact("최별", "과장", "010-3600-0004");
        dav.serverWrites(serverEdited, dav.cards.get(serverEdited).text().replace("TITLE:사원", "TITLE:주임"),
                crm.clock.plusSeconds(5));
        SyncRun r = run(SyncDirection.TWO_WAY, 0.9);

        assertThat(crm.wholeBookReads).isEqualTo(reads);
        assertThat(r.groupware().updated()).isEqualTo(1);
        assertThat(r.groupware().deleted()).isEqualTo(1);
        assertThat(r.groupware().created()).isEqualTo(1);
        assertThat(r.crm().updated()).isEqualTo(1);
        assertThat(dav.cards.values()).extracting(RemoteCard::text)
                .anyMatch(t -> t.contains("TITLE:대리")).anyMatch(t -> t.contains("최별"))
                .noneMatch(t -> t.contains("박구름"));
        assertThat(crm.contacts.values()).extracting(ContactPerson::title).contains("주임");
        assertThat(crm.cards.values()).extracting(c -> c.contactKey()).contains(added).doesNotContain(deleted);
    }

    @ParameterizedTest(name = "sync-collection: {0}")
    @ValueSource(booleans = {false, true})
    void aPurgedContactsCardIsDeletedEvenIfEditedOnTheServerAndNeverComesBack(boolean syncCollection) {
        dav = new FakeDav(syncCollection);
        String purged = contact("정해솔", "대리", "010-3700-0001");
        contact("한가람", "사원", "010-3700-0002");
        run(SyncDirection.TWO_WAY, 0.2);
        String href = crm.cards.values().stream().filter(c -> c.contactKey().equals(purged)).findFirst()
                .orElseThrow().href();

        crm.contacts.remove(purged);
        crm.purged.add(href);
        dav.serverWrites(href, dav.cards.get(href).text().replace("TITLE:대리", "TITLE:과장"),
                crm.clock.plusSeconds(5));
        SyncRun r = run(SyncDirection.TWO_WAY, 0.2);

        assertThat(r.status()).isEqualTo(RunStatus.OK);
        assertThat(r.groupware().deleted()).isEqualTo(1);
        assertThat(r.crm().created()).isZero();
        assertThat(dav.cards.values()).extracting(RemoteCard::text).noneMatch(t -> t.contains("정해솔"));
        assertThat(crm.contacts.values()).extracting(ContactPerson::name).containsExactly("한가람");
        assertThat(crm.cards.values()).extracting(c -> c.contactKey()).doesNotContain(purged);
    }

    @ParameterizedTest(name = "sync-collection: {0}")
    @ValueSource(booleans = {false, true})
    void aRenamedAccountRenamesTheOrganisationOnItsContactsCardsButASpellingOfTheSameNameDoesNot(
            boolean syncCollection) {
        dav = new FakeDav(syncCollection);
        contact("최유나", "대리", "010-3300-0001");
        run(SyncDirection.TWO_WAY, 0.5);
        String href = dav.cards.keySet().iterator().next();
        assertThat(dav.cards.get(href).text()).contains("ORG:(주)한빛정밀");

        accountNamed("주식회사 한빛정밀");
        crm.accountChanged.add(href);
        SyncRun sameName = run(SyncDirection.TWO_WAY, 0.5);
        assertThat(sameName.groupware().updated()).isZero();
        assertThat(crm.accountChanged).isEmpty();

        accountNamed("한빛테크(주)");
        crm.accountChanged.add(href);
        SyncRun renamed = run(SyncDirection.TWO_WAY, 0.5);
        assertThat(renamed.groupware().updated()).isEqualTo(1);
        assertThat(dav.cards.get(href).text()).contains("ORG:한빛테크(주)").contains("TITLE:대리");
        assertThat(run(SyncDirection.TWO_WAY, 0.5).groupware().updated()).isZero();
    }
}
