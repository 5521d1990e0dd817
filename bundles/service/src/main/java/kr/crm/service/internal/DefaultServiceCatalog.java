package kr.crm.service.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import kr.crm.api.common.ValidationException;
import kr.crm.api.service.Holiday;
import kr.crm.api.service.ServiceCatalog;
import kr.crm.api.service.ServiceTeam;
import kr.crm.api.service.ServiceType;
import kr.crm.api.store.ServiceCatalogStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Request types with their SLA targets, the holiday calendar and teams, validated before they are stored. */
@Component(service = ServiceCatalog.class)
public final class DefaultServiceCatalog implements ServiceCatalog {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,29}");
    static final int MAX_HOURS = 2000;

    private final ServiceCatalogStore store;

    @Activate
    public DefaultServiceCatalog(@Reference ServiceCatalogStore store) {
        this.store = store;
    }

    @Override
    public List<ServiceType> types() {
        return store.types();
    }

    @Override
    public ServiceType saveType(ServiceType t) {
        if (t == null) {
            throw new ValidationException("body", "is required");
        }
        String code = Texts.required("code", t.code(), 30).toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new ValidationException("code", "must be A-Z, 0-9 and _, starting with a letter, 2-30 characters");
        }
        if (t.firstResponseHours() < 1 || t.firstResponseHours() > MAX_HOURS) {
            throw new ValidationException("firstResponseHours", "must be between 1 and " + MAX_HOURS);
        }
        if (t.resolutionHours() < t.firstResponseHours() || t.resolutionHours() > MAX_HOURS) {
            throw new ValidationException("resolutionHours",
                    "must be at least firstResponseHours and at most " + MAX_HOURS);
        }
        ServiceType clean = new ServiceType(code, Texts.required("nameKo", t.nameKo(), 100),
                Texts.required("nameEn", t.nameEn(), 100), t.firstResponseHours(), t.resolutionHours(), t.active());
        store.saveType(clean);
        return clean;
    }

    @Override
    public List<Holiday> holidays(int year) {
        if (year < 2000 || year > 2100) {
            throw new ValidationException("year", "must lie between 2000 and 2100");
        }
        return store.holidays(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    @Override
    public Holiday saveHoliday(Holiday h) {
        if (h == null || h.day() == null) {
            throw new ValidationException("day", "is required");
        }
        if (h.day().getYear() < 2000 || h.day().getYear() > 2100) {
            throw new ValidationException("day", "must lie between 2000 and 2100");
        }
        Holiday clean = new Holiday(h.day(), Texts.required("name", h.name(), 100));
        store.saveHoliday(clean);
        return clean;
    }

    @Override
    public boolean removeHoliday(LocalDate day) {
        return store.removeHoliday(day);
    }

    @Override
    public List<ServiceTeam> teams() {
        return store.teams();
    }

    @Override
    public ServiceTeam saveTeam(ServiceTeam t) {
        if (t == null) {
            throw new ValidationException("body", "is required");
        }
        String lead = Texts.user("lead", t.lead());
        if (lead == null) {
            throw new ValidationException("lead", "is required");
        }
        ServiceTeam clean = new ServiceTeam(Texts.required("name", t.name(), 64), lead);
        store.saveTeam(clean);
        return clean;
    }
}
