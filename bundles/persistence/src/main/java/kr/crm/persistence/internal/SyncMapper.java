package kr.crm.persistence.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import kr.crm.api.customer.ContactPerson;
import kr.crm.api.store.ContactIdentity;
import kr.crm.api.store.SyncCard;
import kr.crm.api.security.AccountScope;
import org.apache.ibatis.annotations.Param;

/** SQL in SyncMapper.xml. */
public interface SyncMapper {

    String syncToken(@Param("book") String addressBook);

    int saveSyncToken(@Param("book") String addressBook, @Param("token") String token, @Param("now") Instant now);

    List<SyncCard> cards(@Param("book") String addressBook);

    int saveCard(@Param("c") SyncCard card);

    int insertCard(@Param("c") SyncCard card);

    int deleteCards(@Param("book") String addressBook, @Param("hrefs") Collection<String> hrefs);

    List<java.util.Map<String, Object>> accountsByNameKeys(@Param("keys") Collection<String> nameKeys);

    List<SyncCard> cardsByHref(@Param("book") String addressBook, @Param("hrefs") Collection<String> hrefs);

    List<SyncCard> changedCards(@Param("book") String addressBook);

    List<String> accountChangedCards(@Param("book") String addressBook);

    int cardCount(@Param("book") String addressBook);

    List<String> linkedContacts(@Param("book") String addressBook, @Param("keys") Collection<String> keys);

    List<SyncCard> baseVcards(@Param("book") String addressBook, @Param("hrefs") Collection<String> hrefs);

    int deleteCard(@Param("book") String addressBook, @Param("href") String href);

    List<ContactPerson> selectedContacts(@Param("ownerRep") String ownerRep, @Param("scope") AccountScope scope,
            @Param("grades") Collection<String> grades);

    List<ContactPerson> unlinkedContacts(@Param("book") String addressBook, @Param("ownerRep") String ownerRep,
            @Param("scope") AccountScope scope, @Param("grades") Collection<String> grades);

    List<ContactPerson> contacts(@Param("keys") Collection<String> keys);

    List<ContactIdentity> contactIdentities(@Param("phones") Collection<String> phoneKeys,
            @Param("emails") Collection<String> emailKeys);

    String accountByNameKey(@Param("nameKey") String nameKey);

    String accountByEmailDomain(@Param("pattern") String pattern);

    int insertRun(@Param("r") SyncRunRow run);

    long lastId();

    List<SyncRunRow> runs(@Param("book") String addressBook, @Param("limit") int limit);
}
