package kr.crm.persistence.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import kr.crm.api.grade.AccountMeasures;
import kr.crm.api.grade.Grade;
import kr.crm.api.grade.GradeChange;
import kr.crm.api.grade.GradeOverride;
import kr.crm.api.grade.RfmCuts;
import kr.crm.api.store.StoredGrade;

/** Rows of GradeMapper.xml (plain maps: the aggregation reads one per account) into API records. */
final class GradeRows {
    private GradeRows() {
    }

    static AccountMeasures measures(Map<String, Object> row) {
        return new AccountMeasures((String) row.get("accountKey"), decimal(row.get("revenue")),
                number(row.get("orders")), decimalOrNull(row.get("margin")), instant(row.get("lastOrderAt")),
                (int) number(row.get("recency")), (int) number(row.get("frequency")),
                (int) number(row.get("monetary")), decimalOrNull(row.get("lifetimeValue")),
                (int) number(row.get("openComplaints")));
    }

    static StoredGrade stored(Map<String, Object> row) {
        String key = (String) row.get("accountKey");
        GradeOverride override = row.get("overrideGrade") == null ? null
                : new GradeOverride(grade(row.get("overrideGrade")), (String) row.get("overrideReason"),
                        date(row.get("overrideExpiresOn")), (String) row.get("overrideBy"),
                        instant(row.get("overrideAt")));
        if (row.get("grade") == null) {
            return new StoredGrade(key, null, null, 0, null, null, null, override);
        }
        // a row of gradeStates has no measures and no reasons
        AccountMeasures measures = row.containsKey("revenue") ? measures(row) : null;
        return new StoredGrade(key, grade(row.get("grade")), grade(row.get("computed")),
                number(row.get("policyVersion")), measures, (String) row.get("reasons"),
                instant(row.get("computedAt")), override);
    }

    static GradeChange change(Map<String, Object> row) {
        Object version = row.get("policyVersion");
        return new GradeChange((String) row.get("accountKey"), grade(row.get("fromGrade")), grade(row.get("toGrade")),
                (String) row.get("why"), instant(row.get("changedAt")), version == null ? null : number(version),
                (String) row.get("byUser"));
    }

    static RfmCuts cuts(Map<String, Object> row) {
        List<Long> r = new ArrayList<>();
        List<Long> f = new ArrayList<>();
        List<BigDecimal> m = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            r.add(row.get("r" + i) == null ? null : number(row.get("r" + i)));
            f.add(row.get("f" + i) == null ? null : number(row.get("f" + i)));
            m.add(decimalOrNull(row.get("m" + i)));
        }
        return new RfmCuts(number(row.get("policyVersion")), instant(row.get("computedAt")),
                number(row.get("population")), Collections.unmodifiableList(r), Collections.unmodifiableList(f),
                Collections.unmodifiableList(m));
    }

    static Grade grade(Object value) {
        return value == null ? null : Grade.valueOf(value.toString().strip());
    }

    static long number(Object value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return ((Number) value).longValue();
    }

    static BigDecimal decimal(Object value) {
        return value == null ? BigDecimal.ZERO : decimalOrNull(value);
    }

    static BigDecimal decimalOrNull(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof LocalDateTime t) {
            return t.atZone(ZoneId.systemDefault()).toInstant();
        }
        return (Instant) value;
    }

    static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return (LocalDate) value;
    }
}
