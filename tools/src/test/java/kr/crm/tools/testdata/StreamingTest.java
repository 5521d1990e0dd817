package kr.crm.tools.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StreamingTest {

    @Test
    void streams_100k_records_with_orders_in_a_16_MB_heap() throws Exception {
        // A list of 100,000 records alone needs about 40 MB, so this only passes if none is kept.
        // Control, by hand (not run here: it thrashes the GC for ~7 s before failing):
        // java -Xmx16m -cp target/classes:target/test-classes kr.crm.tools.testdata.StreamProbe 100000 keep
        // ends with OutOfMemoryError.
        Result result = probe("100000");
        assertThat(result.exit).as(result.output).isZero();
        assertThat(result.output.strip()).isEqualTo("100000");
    }

    @Test
    void records_are_produced_lazily() {
        TestDataGenerator generator = new TestDataGenerator(1_000_000, 1L, Variation.defaults());
        List<ChannelRecord> first = generator.records(Long.MAX_VALUE).limit(3).toList();
        assertThat(first).hasSize(3);
        assertThat(first.get(0).trueId()).isEqualTo("T0000001");
    }

    private record Result(int exit, String output) {
    }

    static Result probe(String... args) throws Exception {
        String classpath = location(TestDataGenerator.class) + File.pathSeparator
                + location(StreamProbe.class);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx16m",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", classpath,
                StreamProbe.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private static String location(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
