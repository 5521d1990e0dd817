package kr.crm.tasks.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import kr.crm.api.task.Task;
import kr.crm.api.task.TaskStatus;
import kr.crm.api.task.TaskType;

/** New open tasks, and the calendar they are due by (Asia/Seoul). */
final class Tasks {
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private Tasks() {
    }

    static Task open(String account, String contact, String owner, TaskType type, LocalDate due, String rule,
            String why) {
        return new Task(null, account, contact, owner, type, due, why, rule, TaskStatus.OPEN, null, null, null, null, 0);
    }

    static LocalDate today(Clock clock) {
        return clock.instant().atZone(SEOUL).toLocalDate();
    }
}
