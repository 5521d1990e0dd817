package kr.crm.tools.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CPU time a process has used so far, all its threads, user and system ({@code /proc/<pid>/stat} on Linux): the
 * difference across a phase, divided by what the phase did, is its CPU cost per unit of work.
 */
final class ProcessCpu {
    private final ProcessHandle process;

    ProcessCpu(ProcessHandle process) {
        this.process = process;
    }

    /** The MariaDB server of a private data folder, found by its command line. */
    static ProcessCpu mariadbOf(Path folder) {
        String marker = folder.toAbsolutePath().toString();
        return new ProcessCpu(ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("mariadbd")).orElse(false))
                .filter(p -> p.info().arguments().map(a -> String.join(" ", a).contains(marker)).orElse(false))
                .findFirst().orElseThrow(() -> new IllegalStateException("no mariadbd running in " + marker)));
    }

    /**
     * CPU time per kind of thread ({@code /proc/<pid>/task/<tid>/stat}, names without their numbers), in clock
     * ticks of 10 ms; empty where /proc cannot be read.
     */
    Map<String, Long> byThread() {
        Map<String, Long> ticks = new TreeMap<>();
        Path tasks = Path.of("/proc", String.valueOf(process.pid()), "task");
        try (Stream<Path> all = Files.list(tasks)) {
            for (Path task : all.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    String name = stat.substring(open + 1, close).replaceAll("[0-9]+", "#");
                    String[] fields = stat.substring(close + 2).split(" ");
                    ticks.merge(name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
                } catch (IOException e) {
                    // the thread ended
                }
            }
        } catch (IOException e) {
            return Map.of();
        }
        return ticks;
    }

    /** The kinds of thread that used most CPU between two {@link #byThread} readings, in seconds. */
    static String busiest(Map<String, Long> before, Map<String, Long> after, int top) {
        Map<String, Long> delta = new TreeMap<>();
        after.forEach((name, t) -> delta.put(name, t - before.getOrDefault(name, 0L)));
        return delta.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                .map(e -> String.format("%s %.2f s", e.getKey(), e.getValue() / 100.0))
                .collect(Collectors.joining(", "));
    }

    Duration used() {
        return process.info().totalCpuDuration().orElseThrow(() -> new IllegalStateException(
                "the CPU time of process " + process.pid() + " cannot be read"));
    }
}
