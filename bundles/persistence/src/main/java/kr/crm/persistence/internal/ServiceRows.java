package kr.crm.persistence.internal;

import java.util.Map;
import kr.crm.api.service.ChangeKind;
import kr.crm.api.service.Holiday;
import kr.crm.api.service.RequestChange;
import kr.crm.api.service.RequestChannel;
import kr.crm.api.service.RequestPriority;
import kr.crm.api.service.RequestStatus;
import kr.crm.api.service.ServiceRequest;
import kr.crm.api.service.ServiceTeam;
import kr.crm.api.service.ServiceType;
import kr.crm.api.service.SlaState;

/** Rows of the service mappers into API records. */
final class ServiceRows {
    private ServiceRows() {
    }

    static ServiceRequest request(Map<String, Object> row) {
        Object line = row.get("orderLine");
        Object log = row.get("contactLogId");
        return new ServiceRequest(String.valueOf(GradeRows.number(row.get("id"))), (String) row.get("accountKey"),
                (String) row.get("contactKey"), (String) row.get("orderSource"), (String) row.get("orderNo"),
                line == null ? null : (int) GradeRows.number(line), (String) row.get("type"),
                RequestChannel.valueOf((String) row.get("channel")),
                RequestPriority.valueOf((String) row.get("priority")), (String) row.get("subject"),
                (String) row.get("description"), RequestStatus.valueOf((String) row.get("status")),
                (String) row.get("assignee"), (String) row.get("team"),
                log == null ? null : String.valueOf(GradeRows.number(log)), GradeRows.instant(row.get("receivedAt")),
                GradeRows.instant(row.get("firstResponseDue")), GradeRows.instant(row.get("resolutionDue")),
                GradeRows.instant(row.get("firstRespondedAt")), GradeRows.instant(row.get("resolvedAt")),
                SlaState.valueOf((String) row.get("slaState")), GradeRows.instant(row.get("escalatedAt")),
                (String) row.get("escalatedTo"), (String) row.get("createdBy"), (String) row.get("updatedBy"),
                GradeRows.number(row.get("version")), GradeRows.instant(row.get("createdAt")),
                GradeRows.instant(row.get("updatedAt")), GradeRows.instant(row.get("waitingSince")),
                (String) row.get("topic"));
    }

    static RequestChange change(Map<String, Object> row) {
        Object from = row.get("fromStatus");
        Object to = row.get("toStatus");
        return new RequestChange(ChangeKind.valueOf((String) row.get("kind")),
                from == null ? null : RequestStatus.valueOf((String) from),
                to == null ? null : RequestStatus.valueOf((String) to), (String) row.get("comment"),
                flag(row.get("visible")), (String) row.get("byUser"), GradeRows.instant(row.get("at")));
    }

    static ServiceType type(Map<String, Object> row) {
        return new ServiceType((String) row.get("code"), (String) row.get("nameKo"), (String) row.get("nameEn"),
                (int) GradeRows.number(row.get("firstResponseHours")), (int) GradeRows.number(row.get("resolutionHours")),
                flag(row.get("active")));
    }

    static Holiday holiday(Map<String, Object> row) {
        return new Holiday(GradeRows.date(row.get("day")), (String) row.get("name"));
    }

    static ServiceTeam team(Map<String, Object> row) {
        return new ServiceTeam((String) row.get("name"), (String) row.get("lead"));
    }

    private static boolean flag(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        return value != null && GradeRows.number(value) != 0;
    }
}
