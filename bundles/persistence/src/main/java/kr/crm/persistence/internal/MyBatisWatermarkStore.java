package kr.crm.persistence.internal;

import java.util.Optional;
import kr.crm.api.store.WatermarkStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = WatermarkStore.class)
public final class MyBatisWatermarkStore implements WatermarkStore {
    private final SqlSessions sessions;

    @Activate
    public MyBatisWatermarkStore(@Reference SqlSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Optional<String> get(String name) {
        return Optional.ofNullable(sessions.read(s -> s.getMapper(WatermarkMapper.class).get(name)));
    }

    @Override
    public boolean advance(String name, String expected, String next) {
        if (expected == null) {
            return sessions.insertOnce(s -> s.getMapper(WatermarkMapper.class).insert(name, next));
        }
        return sessions.inTransaction(s -> s.getMapper(WatermarkMapper.class).advance(name, expected, next)) == 1;
    }
}
