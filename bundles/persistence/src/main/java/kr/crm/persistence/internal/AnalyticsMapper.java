package kr.crm.persistence.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import kr.crm.api.analytics.CustomerMeasures;
import kr.crm.api.analytics.RfmCutPoints;
import org.apache.ibatis.annotations.Param;

/** SQL in AnalyticsMapper.xml; the larger selects are run by name with a parameter map. */
public interface AnalyticsMapper {

    List<String> customers(@Param("keys") Collection<String> keys);

    int upsertAll(@Param("rows") List<CustomerMeasures> rows);

    int delete(@Param("keys") Collection<String> keys);

    Map<String, Object> cutPoints();

    int saveCutPoints(@Param("c") RfmCutPoints cuts);

    int refreshInterest(@Param("keys") Collection<String> keys, @Param("since") java.time.Instant since,
            @Param("windowDays") int windowDays, @Param("now") java.time.Instant now);

    Map<String, Object> interest(@Param("key") String key);
}
