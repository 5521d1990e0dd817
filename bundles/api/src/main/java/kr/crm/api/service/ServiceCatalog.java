package kr.crm.api.service;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** What admins maintain for service requests: types with their targets, the holiday calendar, teams. */
@ProviderType
public interface ServiceCatalog {

    /** Every type, active or not, by code. */
    List<ServiceType> types();

    /** Adds or replaces a type. */
    ServiceType saveType(ServiceType type);

    /** Holidays of a year, by date. */
    List<Holiday> holidays(int year);

    /** Adds or renames a holiday. */
    Holiday saveHoliday(Holiday holiday);

    /** Removes a holiday. @return false if there was none on that day */
    boolean removeHoliday(java.time.LocalDate day);

    /** Every team, by name. */
    List<ServiceTeam> teams();

    /** Adds a team or changes its lead. */
    ServiceTeam saveTeam(ServiceTeam team);
}
