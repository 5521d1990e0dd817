package kr.crm.persistence.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kr.crm.api.service.Holiday;
import kr.crm.api.service.ServiceTeam;
import kr.crm.api.service.ServiceType;
import kr.crm.api.store.ServiceCatalogStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Request types, the holiday calendar and teams over ServiceCatalogMapper.xml; saves are upserts. */
@Component(service = ServiceCatalogStore.class)
public final class MyBatisServiceCatalogStore implements ServiceCatalogStore {
    private final SqlSessions sessions;

    @Activate
    public MyBatisServiceCatalogStore(@Reference SqlSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public List<ServiceType> types() {
        return sessions.read(s -> s.getMapper(ServiceCatalogMapper.class).types()).stream().map(ServiceRows::type)
                .toList();
    }

    @Override
    public Optional<ServiceType> type(String code) {
        return Optional.ofNullable(sessions.read(s -> s.getMapper(ServiceCatalogMapper.class).type(code)))
                .map(ServiceRows::type);
    }

    @Override
    public void saveType(ServiceType type) {
        sessions.inTransaction(s -> s.getMapper(ServiceCatalogMapper.class).saveType(type));
    }

    @Override
    public List<Holiday> holidays(LocalDate from, LocalDate to) {
        return sessions.read(s -> s.getMapper(ServiceCatalogMapper.class).holidays(from, to)).stream()
                .map(ServiceRows::holiday).toList();
    }

    @Override
    public void saveHoliday(Holiday holiday) {
        sessions.inTransaction(s -> s.getMapper(ServiceCatalogMapper.class).saveHoliday(holiday));
    }

    @Override
    public boolean removeHoliday(LocalDate day) {
        return sessions.inTransaction(s -> s.getMapper(ServiceCatalogMapper.class).removeHoliday(day)) == 1;
    }

    @Override
    public List<ServiceTeam> teams() {
        return sessions.read(s -> s.getMapper(ServiceCatalogMapper.class).teams()).stream().map(ServiceRows::team)
                .toList();
    }

    @Override
    public Optional<ServiceTeam> team(String name) {
        return Optional.ofNullable(sessions.read(s -> s.getMapper(ServiceCatalogMapper.class).team(name)))
                .map(ServiceRows::team);
    }

    @Override
    public void saveTeam(ServiceTeam team) {
        sessions.inTransaction(s -> s.getMapper(ServiceCatalogMapper.class).saveTeam(team));
    }
}
