package kr.crm.persistence.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import kr.crm.api.consent.ConsentRecord;
import kr.crm.api.consent.OptOut;
import org.apache.ibatis.annotations.Param;

/** SQL in ConsentMapper.xml. */
public interface ConsentMapper {

    /** Receives the generated id. */
    final class GeneratedId {
        public long id;
    }

    int insertConsent(@Param("c") ConsentRecord consent, @Param("row") GeneratedId row);

    int insertOptOut(@Param("o") OptOut optOut, @Param("row") GeneratedId row);

    Map<String, Object> consent(@Param("id") long id);

    Map<String, Object> optOut(@Param("id") long id);

    List<Map<String, Object>> consentsOf(@Param("keys") Collection<String> keys);

    List<Map<String, Object>> optOutsOf(@Param("keys") Collection<String> keys,
            @Param("addresses") Collection<String> addresses);

    int consentNoticed(@Param("id") long id, @Param("at") Instant at);

    int optOutNoticed(@Param("id") long id, @Param("at") Instant at);

    List<Map<String, Object>> reconfirmationDue(@Param("dueBy") Instant dueBy, @Param("limit") int limit);

    int reconfirmed(@Param("id") long id, @Param("at") Instant at, @Param("next") Instant next);
}
