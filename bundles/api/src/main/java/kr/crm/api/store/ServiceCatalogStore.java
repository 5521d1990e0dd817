package kr.crm.api.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kr.crm.api.service.Holiday;
import kr.crm.api.service.ServiceTeam;
import kr.crm.api.service.ServiceType;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Request types with their SLA targets, the holiday calendar and teams.
 *
 * @since 2.4
 */
@ProviderType
public interface ServiceCatalogStore {

    List<ServiceType> types();

    Optional<ServiceType> type(String code);

    void saveType(ServiceType type);

    /** Holidays from {@code from} to {@code to}, both included, by date. */
    List<Holiday> holidays(LocalDate from, LocalDate to);

    void saveHoliday(Holiday holiday);

    boolean removeHoliday(LocalDate day);

    List<ServiceTeam> teams();

    Optional<ServiceTeam> team(String name);

    void saveTeam(ServiceTeam team);
}
