package kr.crm.persistence.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import kr.crm.api.sync.RunStatus;
import kr.crm.api.sync.SideCounts;
import kr.crm.api.sync.SyncRun;

/** One row of {@code sync_run}: the counters flat, the problems one a line. */
public record SyncRunRow(long id, String addressBook, String node, String runTrigger, String mode, String status,
        Instant startedAt, Instant finishedAt, int crmCreated, int crmUpdated, int crmDeleted, int crmConflicts,
        int crmErrors, int gwCreated, int gwUpdated, int gwDeleted, int gwConflicts, int gwErrors, String problems) {

    static SyncRunRow of(SyncRun r) {
        SideCounts c = r.crm();
        SideCounts g = r.groupware();
        return new SyncRunRow(0, r.addressBook(), r.node(), r.trigger(), r.mode(), r.status().name(), r.startedAt(),
                r.finishedAt(), c.created(), c.updated(), c.deleted(), c.conflicts(), c.errors(), g.created(),
                g.updated(), g.deleted(), g.conflicts(), g.errors(),
                r.problems().isEmpty() ? null : String.join("\n", r.problems()));
    }

    SyncRun toRun() {
        List<String> lines = problems == null || problems.isEmpty() ? List.of() : Arrays.asList(problems.split("\n"));
        return new SyncRun(id, addressBook, node, runTrigger, mode, RunStatus.valueOf(status), startedAt, finishedAt,
                new SideCounts(crmCreated, crmUpdated, crmDeleted, crmConflicts, crmErrors),
                new SideCounts(gwCreated, gwUpdated, gwDeleted, gwConflicts, gwErrors), List.copyOf(lines));
    }
}
