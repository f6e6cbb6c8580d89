package marytts.zh.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One real MaryTTS server (marytts.zh.server.HardenedMaryServer in a child JVM, the main class and
 * classpath bin/mary-server uses) on a free port, shared by all integration tests of this JVM and
 * stopped at exit. Its MARY_BASE holds the zh-tiny-test voice and a deliberately broken voice
 * package. {@link #startPrivate} starts a separate one with other settings (e.g. tiny limits).
 */
final class SharedMaryServer {
    private static SharedMaryServer instance;
    /** The shared server's per-request time limit (-Dmary.server.timeoutMillis). */
    static final long TIME_LIMIT_MILLIS = 30_000;

    final int port;
    final Path base;
    private final Process process;

    private SharedMaryServer(int port, Path base, Process process) {
        this.port = port;
        this.base = base;
        this.process = process;
    }

    static synchronized SharedMaryServer get() throws Exception {
        if (instance == null) {
            instance = start(List.of("-Dmary.server.timeoutMillis=" + TIME_LIMIT_MILLIS));
            SharedMaryServer s = instance;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> s.process.destroyForcibly()));
        }
        return instance;
    }

    static Path projectRoot() {
        return Paths.get(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    }

    /** A MARY_BASE under {@code dir} holding the project's demo voice (its real speech, not the test voice's noise). */
    static Path baseWithDemoVoice(Path dir) throws IOException {
        Path base = dir.resolve("mary-base");
        Path demo = Files.createDirectories(base.resolve("neural-voices/zh-demo"));
        Path src = projectRoot().resolve("voices/zh-demo");
        for (String f : new String[] { "voice.properties", "acoustic.pt", "acoustic.fp16.pt", "vocoder.pt", "LICENSE" }) {
            Files.copy(src.resolve(f), demo.resolve(f));
        }
        return base;
    }

    /** A server of its own with extra JVM options; the caller stops it with {@link #stop()}. */
    static SharedMaryServer startPrivate(List<String> jvmOptions) throws Exception {
        SharedMaryServer s = start(jvmOptions);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> s.process.destroyForcibly()));
        return s;
    }

    void stop() {
        process.destroyForcibly();
    }

    private static SharedMaryServer start(List<String> jvmOptions) throws Exception {
        Path root = projectRoot();
        Path base = Files.createTempDirectory("mary-base-it");
        Path voices = Files.createDirectories(base.resolve("neural-voices"));
        copyDir(root.resolve("voices/zh-tiny-test"), voices.resolve("zh-tiny-test"));
        // a package whose acoustic model is truncated: must be refused while the rest keeps working
        Path broken = voices.resolve("zh-broken");
        copyDir(root.resolve("voices/zh-tiny-test"), broken);
        String props = Files.readString(broken.resolve("voice.properties")).replace("name = zh-tiny-test",
                "name = zh-broken");
        Files.writeString(broken.resolve("voice.properties"), props);
        byte[] model = Files.readAllBytes(broken.resolve("acoustic.pt"));
        Files.write(broken.resolve("acoustic.pt"), java.util.Arrays.copyOf(model, model.length / 3));
        return startOn(base, jvmOptions);
    }

    /** A server of its own on a MARY_BASE the caller prepared; the caller stops it with {@link #stop()}. */
    static SharedMaryServer startOn(Path base, List<String> jvmOptions) throws Exception {
        Path root = projectRoot();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> cmd = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Dfile.encoding=UTF-8", "-Dmary.base=" + base, "-Dsocket.port=" + port,
                "-Dai.djl.pytorch.num_threads=1", "-Dai.djl.pytorch.num_interop_threads=1"));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", root.resolve("server/target/classes") + java.io.File.pathSeparator
                + root.resolve("server/target/lib") + "/*", "marytts.zh.server.HardenedMaryServer"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(base.resolve("stdout.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException("MaryTTS exited with " + p.exitValue() + ": "
                        + Files.readString(base.resolve("stdout.log")));
            }
            try {
                HttpURLConnection c = (HttpURLConnection) new URL("http://127.0.0.1:" + port + "/version")
                        .openConnection();
                c.setConnectTimeout(500);
                if (c.getResponseCode() == 200) {
                    return new SharedMaryServer(port, base, p);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(300);
        }
        p.destroyForcibly();
        throw new IllegalStateException("MaryTTS did not answer within 120 s");
    }

    private static void copyDir(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.collect(Collectors.toList())) {
                if (Files.isRegularFile(f)) {
                    Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** GET with query parameters; returns status and body bytes. */
    Response get(String path, Map<String, String> params) throws IOException {
        String query = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        URL url = URI.create("http://127.0.0.1:" + port + path + (query.isEmpty() ? "" : "?" + query)).toURL();
        HttpURLConnection c = (HttpURLConnection) url.openConnection();
        c.setConnectTimeout(5000);
        c.setReadTimeout(120_000);
        int code = c.getResponseCode();
        try (InputStream in = code < 400 ? c.getInputStream() : c.getErrorStream()) {
            return new Response(code, in == null ? new byte[0] : in.readAllBytes(), c.getContentType())
                    .withHeaders(c.getHeaderFields());
        }
    }

    /** POST of a form (application/x-www-form-urlencoded, UTF-8). */
    Response post(String path, Map<String, String> params) throws IOException {
        String form = params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return postRaw(path, form.getBytes(StandardCharsets.US_ASCII));
    }

    /** POST of a body exactly as given (to send bytes no well-behaved encoder would). */
    Response postRaw(String path, byte[] body) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + path).toURL().openConnection();
        c.setConnectTimeout(5000);
        c.setReadTimeout(120_000);
        c.setDoOutput(true);
        c.setRequestMethod("POST");
        c.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
        c.setFixedLengthStreamingMode(body.length);
        try (java.io.OutputStream out = c.getOutputStream()) {
            out.write(body);
        } catch (IOException e) {
            // the server may answer (413) before reading everything
        }
        int code = c.getResponseCode();
        try (InputStream in = code < 400 ? c.getInputStream() : c.getErrorStream()) {
            Response r = new Response(code, in == null ? new byte[0] : in.readAllBytes(), c.getContentType());
            return r.withHeaders(c.getHeaderFields());
        }
    }

    String stdout() throws IOException {
        Path log = base.resolve("stdout.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    String log() throws IOException {
        Path log = base.resolve("log/server.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    record Response(int status, byte[] body, String contentType, Map<String, List<String>> headers) {
        Response(int status, byte[] body, String contentType) {
            this(status, body, contentType, Map.of());
        }

        Response withHeaders(Map<String, List<String>> h) {
            return new Response(status, body, contentType, h);
        }

        String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }
}
