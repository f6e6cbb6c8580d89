package marytts.zh.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The server a benchmark measures: either one it starts itself (the hardened MaryTTS server on a
 * free loopback port, with every voice package of {@code voices/} in a fresh MARY_BASE) or a
 * running one given by URL. Also the small HTTP client the benchmarks share.
 */
final class BenchServer implements AutoCloseable {
    final String url;
    private final Process process;

    private BenchServer(String url, Process process) {
        this.url = url;
        this.process = process;
    }

    static BenchServer at(String url) {
        return new BenchServer(url, null);
    }

    static BenchServer start(Path root, List<String> jvmOptions) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path base = Files.createTempDirectory("bench-base");
        Path voices = Files.createDirectories(base.resolve("neural-voices"));
        try (Stream<Path> pkgs = Files.list(root.resolve("voices"))) {
            for (Path pkg : (Iterable<Path>) pkgs::iterator) {
                if (Files.isRegularFile(pkg.resolve("voice.properties"))) {
                    copyFiles(pkg, Files.createDirectories(voices.resolve(pkg.getFileName())));
                }
            }
        }
        List<String> cmd = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch", "-Dfile.encoding=UTF-8", "-Dmary.base=" + base, "-Dsocket.port=" + port,
                "-Dai.djl.pytorch.num_threads=" + System.getProperty("bench.torch.threads", "1"),
                "-Dai.djl.pytorch.num_interop_threads=1"));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "marytts.zh.server.HardenedMaryServer"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(base.resolve("server.out").toFile())
                .start();
        String url = "http://127.0.0.1:" + port;
        for (int i = 0; i < 900; i++) {
            if (!p.isAlive()) {
                throw new IllegalStateException("server exited: " + Files.readString(base.resolve("server.out")));
            }
            try {
                if (get(url + "/version").status() == 200) {
                    return new BenchServer(url, p);
                }
            } catch (IOException notYet) {
                // keep waiting
            }
            Thread.sleep(200);
        }
        p.destroyForcibly();
        throw new IllegalStateException("server did not start within 180 s");
    }

    private static void copyFiles(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(f)) {
                    Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Resident set size of the server process in MiB, or -1 when it is not ours or not readable. */
    double rssMiB() {
        if (process == null) {
            return -1;
        }
        try {
            for (String line : Files.readAllLines(Paths.get("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /**
     * CPU seconds (user + system, all threads) the server process has used so far, or -1 when it is
     * not ours or not readable: over a phase this shows how many cores the server kept busy.
     */
    double cpuSeconds() {
        if (process == null) {
            return -1;
        }
        try {
            String stat = Files.readString(Paths.get("/proc", String.valueOf(process.pid()), "stat"));
            // fields after the ")" that closes the command name: state is field 3, utime 14, stime 15
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / (double) CLOCK_TICKS;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Linux's USER_HZ, the unit of /proc/PID/stat times; 100 on every mainstream kernel build. */
    private static final int CLOCK_TICKS = 100;

    record Response(int status, byte[] body) {
    }

    static Response get(String u) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(u).toURL().openConnection();
        c.setConnectTimeout(5000);
        c.setReadTimeout(300_000);
        int code = c.getResponseCode();
        try (InputStream in = code < 400 ? c.getInputStream() : c.getErrorStream()) {
            return new Response(code, in == null ? new byte[0] : in.readAllBytes());
        }
    }

    @Override
    public void close() {
        if (process != null) {
            process.destroy();
        }
    }
}
