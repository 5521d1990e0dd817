package kr.crm.persistence.internal;

import java.time.Instant;
import kr.crm.api.store.PortalRateStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Portal submission counters over ServiceCatalogMapper.xml: an upsert and its read in one transaction, so the
 * count a node reads includes its own hit and every hit committed before by any node.
 */
@Component(service = PortalRateStore.class)
public final class MyBatisPortalRateStore implements PortalRateStore {
    private final SqlSessions sessions;

    @Activate
    public MyBatisPortalRateStore(@Reference SqlSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public int hit(String addressHash, Instant windowStart) {
        return sessions.inTransaction(s -> {
            ServiceCatalogMapper m = s.getMapper(ServiceCatalogMapper.class);
            m.hit(addressHash, windowStart);
            Integer hits = m.hits(addressHash, windowStart);
            return hits == null ? 1 : hits;
        });
    }

    @Override
    public int forgetBefore(Instant before) {
        return sessions.inTransaction(s -> s.getMapper(ServiceCatalogMapper.class).forgetBefore(before));
    }
}
