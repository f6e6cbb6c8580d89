package marytts.zh.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code bin/tts-load}: loads a hardened MaryTTS server on loopback (started here, or {@code --url})
 * with Chinese synthesis requests at concurrency 1, 8 and 32 for a bounded time each, then soaks
 * it at concurrency 8, and prints one JSON object: per phase throughput, p50/p95 latency, 200s,
 * clean 503s and other errors; the server's RSS after warm-up and after the soak.
 */
public final class LoadTest {
    private static final String[] TEXTS = { "今天天气很好，我们一起去公园散步吧。", "请在下午三点半之前把报告发给我。",
            "这家餐厅的菜很好吃，价格也不贵。", "我用手机下载了一个新的应用。", "明天早上八点，我们在学校门口见面。" };

    private record Phase(int concurrency, long requests, long ok, long busy, long errors, double seconds,
            double p50, double p95) {
        String json() {
            return String.format(Locale.ROOT,
                    "{\"concurrency\": %d, \"requests\": %d, \"ok\": %d, \"busy_503\": %d, \"errors\": %d, "
                            + "\"requests_per_s\": %.3f, \"p50_ms\": %.1f, \"p95_ms\": %.1f}",
                    concurrency, requests, ok, busy, errors, requests / seconds, p50, p95);
        }
    }

    public static void main(String[] args) throws Exception {
        String url = null;
        int phaseSeconds = 20;
        int soakSeconds = 600;
        List<String> serverOptions = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
            case "--url": url = args[++i]; break;
            case "--phase-seconds": phaseSeconds = Integer.parseInt(args[++i]); break;
            case "--soak-seconds": soakSeconds = Integer.parseInt(args[++i]); break;
            case "--server-opt": serverOptions.add(args[++i]); break;
            case "-h": case "--help":
                System.out.println("usage: tts-load [--url URL] [--phase-seconds 20] [--soak-seconds 600] "
                        + "[--server-opt -Dk=v]...");
                return;
            default:
                System.err.println("tts-load: unknown option " + args[i]);
                System.exit(2);
            }
        }
        if (url != null && !url.matches("https?://(127\\.0\\.0\\.1|localhost|\\[::1\\])(:\\d+)?/?")) {
            System.err.println("tts-load: loopback servers only");
            System.exit(2);
        }
        Path root = Paths.get(System.getProperty("project.root", ".")).toAbsolutePath().normalize();
        try (BenchServer server = url == null ? BenchServer.start(root, serverOptions) : BenchServer.at(url)) {
            run(server, url == null ? server.url : url, phaseSeconds, soakSeconds);
        }
    }

    private static void run(BenchServer server, String url, int phaseSeconds, int soakSeconds) throws Exception {
        phase(url, 2, 5); // warm-up
        double rssWarm = server.rssMiB();
        List<String> phases = new ArrayList<>();
        for (int c : new int[] { 1, 8, 32 }) {
            phases.add(phase(url, c, phaseSeconds).json());
        }
        double rssBeforeSoak = server.rssMiB();
        Phase soak = phase(url, 8, soakSeconds);
        double rssAfter = server.rssMiB();
        System.out.println("{\n  \"server\": \"" + url + "\",\n  \"phases\": [\n    " + String.join(",\n    ", phases)
                + "\n  ],\n  \"soak\": " + soak.json() + String.format(Locale.ROOT,
                        ",\n  \"rss_mib_after_warmup\": %.1f,\n  \"rss_mib_before_soak\": %.1f,\n"
                                + "  \"rss_mib_after_soak\": %.1f,\n  \"rss_growth_during_soak\": %.4f\n}",
                        rssWarm, rssBeforeSoak, rssAfter, rssBeforeSoak > 0 ? rssAfter / rssBeforeSoak - 1 : -1));
    }

    private static Phase phase(String url, int concurrency, int seconds) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Double> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger busy = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger counter = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long t0 = System.nanoTime();
        for (int w = 0; w < concurrency; w++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    String text = TEXTS[counter.getAndIncrement() % TEXTS.length] + counter.get(); // defeat the cache
                    long s = System.nanoTime();
                    try {
                        BenchServer.Response r = BenchServer.get(url + "/process?INPUT_TYPE=TEXT&OUTPUT_TYPE=AUDIO"
                                + "&AUDIO=WAVE_FILE&LOCALE=zh_CN&INPUT_TEXT=" + URLEncoder.encode(text,
                                        StandardCharsets.UTF_8));
                        if (r.status() == 200) {
                            ok.incrementAndGet();
                            latencies.add((System.nanoTime() - s) / 1e6);
                        } else if (r.status() == 503) {
                            busy.incrementAndGet();
                            Thread.sleep(200);
                        } else {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 300L, TimeUnit.SECONDS);
        double wall = (System.nanoTime() - t0) / 1e9;
        double[] l = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Phase(concurrency, ok.get() + busy.get() + errors.get(), ok.get(), busy.get(), errors.get(), wall,
                percentile(l, 0.5), percentile(l, 0.95));
    }

    private static double percentile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }
}
