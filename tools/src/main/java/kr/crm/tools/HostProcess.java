package kr.crm.tools;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The Felix host jar run as a child process in a folder of its own (with its deploy/ configs). */
public final class HostProcess implements AutoCloseable {
    private final Process process;

    private HostProcess(Process process) {
        this.process = process;
    }

    public static HostProcess start(Path hostJar, Path folder, boolean inheritIo) throws IOException {
        return start(hostJar, folder, inheritIo, List.of());
    }

    /** As {@link #start(Path, Path, boolean)}, with further JVM options such as {@code -Xmx512m}. */
    public static HostProcess start(Path hostJar, Path folder, boolean inheritIo, List<String> jvmOptions)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // the JAX-RS API bundle embeds a jar whose zip extra fields JDK 17.0.15 rejects
        command.add("-Djdk.util.zip.disableZip64ExtraFieldValidation=true");
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(hostJar.toAbsolutePath().toString());
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        if (inheritIo) {
            builder.inheritIO();
        } else {
            builder.redirectErrorStream(true).redirectOutput(folder.resolve("host.log").toFile());
        }
        return new HostProcess(builder.start());
    }

    /** Waits until {@code url} answers 200 to these Basic credentials; false if the host died or took too long. */
    public boolean awaitUp(String url, String credentials) throws InterruptedException {
        return await200(url, credentials).isEmpty();
    }

    /**
     * Waits until the CRM on the host says it is ready ({@code GET /crm/ready} answers 200), asking as an admin so
     * that a node that does not become ready says why.
     *
     * @return empty when it is ready; otherwise its last answer (what it waits for), or why there was none
     */
    public Optional<String> awaitReady(String base, String adminCredentials) throws InterruptedException {
        return await200(base + "/crm/ready", adminCredentials);
    }

    /** Empty once {@code url} answers 200 (for two minutes at most); otherwise its last answer, or why none came. */
    private Optional<String> await200(String url, String credentials) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String authorization = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        String last = "no answer from " + url;
        for (int i = 0; i < 240 && process.isAlive(); i++) {
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(5)).header("Authorization", authorization).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return Optional.empty();
                }
                last = r.statusCode() + " " + r.body();
            } catch (IOException e) {
                // the HTTP server is not up yet
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        return Optional.of(process.isAlive() ? last : "the host process ended");
    }

    /** The host JVM's process id (for jcmd), and when it started. */
    public ProcessHandle handle() {
        return process.toHandle();
    }

    public int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
