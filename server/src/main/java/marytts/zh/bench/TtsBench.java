package marytts.zh.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code bin/tts-bench}: starts a MaryTTS server with this project's voices (or uses {@code --url}),
 * then prints one JSON object with, per voice, the warm median real-time factor over HTTP
 * (WAVE_FILE), the median first-audio latency over HTTP (AU_STREAM; also for a text 24 times as
 * long) and throughput at
 * concurrency 1, 4 and 8 — for our neural voices and the stock cmu-slt-hsmm in the same run.
 * Texts are of similar spoken length in each language; the audio cache is off on the server it
 * starts so every request is synthesized. When the bench starts the server itself it also reports
 * {@code server_cores_busy_cN}, the server's CPU time over each throughput phase divided by its wall
 * time: how much of the machine one request already uses bounds what more concurrency can add.
 */
public final class TtsBench {
    /** About 100 characters of Chinese, and English of about the same spoken length. */
    static final String ZH_TEXT = "今天天气很好，我们一起去公园散步，然后在湖边的小店里喝一杯热茶，聊一聊最近读过的书和看过的电影。"
            + "傍晚的时候，太阳慢慢落山，湖面上闪着金色的光，远处传来孩子们的笑声，大家都觉得这是一个难忘的周末。";
    static final String EN_TEXT = "The weather is lovely today, so we will take a walk in the park, then drink a cup of"
            + " tea by the lake and talk about the books we read and the films we saw. In the evening the sun goes"
            + " down slowly, the lake shines with golden light, children laugh in the distance, and everyone feels"
            + " that this was a weekend to remember.";

    private final String url;
    private final int repeats;

    private TtsBench(String url, int repeats) {
        this.url = url;
        this.repeats = repeats;
    }

    public static void main(String[] args) throws Exception {
        String url = null;
        int repeats = 7;
        List<String> serverOptions = new ArrayList<>();
        Path root = Paths.get(System.getProperty("project.root", ".")).toAbsolutePath().normalize();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
            case "--url": url = args[++i]; break;
            case "--repeats": repeats = Integer.parseInt(args[++i]); break;
            case "--server-opt": serverOptions.add(args[++i]); break;
            case "-h": case "--help":
                System.out.println("usage: tts-bench [--url http://host:port] [--repeats N] [--server-opt -Dkey=value]...");
                return;
            default:
                System.err.println("tts-bench: unknown option " + args[i]);
                System.exit(2);
            }
        }
        List<String> options = new ArrayList<>(List.of("-Dmary.neural.cache.mb=0")); // every request synthesized
        options.addAll(serverOptions);
        try (BenchServer server = url == null ? BenchServer.start(root, options) : BenchServer.at(url)) {
            TtsBench bench = new TtsBench(server.url, Math.max(3, repeats));
            System.out.println(bench.run(server));
        }
    }

    private String run(BenchServer server) throws Exception {
        List<String[]> voices = new ArrayList<>();
        for (String line : new String(BenchServer.get(url + "/voices").body(), StandardCharsets.UTF_8).split("\n")) {
            String[] f = line.trim().split(" ");
            if (f.length >= 4 && !f[0].equals("zh-broken")) {
                voices.add(f);
            }
        }
        StringBuilder json = new StringBuilder("{\n  \"server\": ").append(quote(url)).append(",\n  \"repeats\": ")
                .append(repeats).append(",\n  \"cores\": ").append(Runtime.getRuntime().availableProcessors())
                .append(",\n  \"voices\": {");
        boolean first = true;
        for (String[] v : voices) {
            Map<String, Object> r = measure(server, v[0], v[1]);
            json.append(first ? "\n" : ",\n").append("    ").append(quote(v[0])).append(": {");
            boolean f2 = true;
            for (Map.Entry<String, Object> e : r.entrySet()) {
                json.append(f2 ? "" : ", ").append(quote(e.getKey())).append(": ").append(e.getValue() instanceof String
                        ? quote((String) e.getValue()) : e.getValue());
                f2 = false;
            }
            json.append("}");
            first = false;
        }
        return json.append("\n  },\n  \"server_rss_mib_after\": ").append(round(server.rssMiB())).append("\n}")
                .toString();
    }

    private Map<String, Object> measure(BenchServer server, String voice, String locale) throws Exception {
        String text = locale.startsWith("zh") ? ZH_TEXT : EN_TEXT;
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("locale", locale);
        r.put("text_chars", text.length());
        // warm-up: at least 8 requests and 10 s, so the JIT has compiled the hot paths before the
        // first timed request (with 3 requests, C2 compilation still took CPU during the c1 phase)
        long warmUntil = System.nanoTime() + 10_000_000_000L;
        for (int i = 0; i < 8 || System.nanoTime() < warmUntil; i++) {
            synth(voice, locale, text, "WAVE_FILE");
        }
        double[] seconds = new double[repeats];
        double audio = 0;
        for (int i = 0; i < repeats; i++) {
            long t0 = System.nanoTime();
            BenchServer.Response resp = synth(voice, locale, text, "WAVE_FILE");
            seconds[i] = (System.nanoTime() - t0) / 1e9;
            audio = wavSeconds(resp.body());
        }
        double median = median(seconds);
        r.put("audio_seconds", round(audio));
        r.put("median_request_seconds", round(median));
        r.put("rtf_median", round(median / audio));
        double[] firstAudio = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            firstAudio[i] = firstAudioMillis(voice, locale, text, true);
        }
        r.put("first_audio_ms_median", round(median(firstAudio)));
        // the same over a text 24 times as long: with sentence-by-sentence streaming the first audio
        // should not grow with the text; the rest of each stream is not read (the server stops)
        String longText = text.repeat(24);
        double[] firstLong = new double[3];
        for (int i = 0; i < firstLong.length; i++) {
            firstLong[i] = firstAudioMillis(voice, locale, longText, false);
            Thread.sleep(1000); // let the abandoned stream's last piece finish
        }
        r.put("long_text_chars", longText.length());
        r.put("first_audio_long_text_ms_median", round(median(firstLong)));
        for (int c : new int[] { 1, 4, 8 }) {
            int n = Math.max(6, c * 3); // several rounds, so ramp-up and tail weigh less
            ExecutorService pool = Executors.newFixedThreadPool(c);
            double cpu0 = server.cpuSeconds();
            long t0 = System.nanoTime();
            List<Future<Double>> fs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                fs.add(pool.submit(() -> wavSeconds(synth(voice, locale, text, "WAVE_FILE").body())));
            }
            double total = 0;
            for (Future<Double> f : fs) {
                total += f.get();
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            double cpu1 = server.cpuSeconds();
            pool.shutdown();
            r.put("throughput_c" + c + "_audio_s_per_s", round(total / wall));
            r.put("throughput_c" + c + "_requests_per_s", round(n / wall));
            if (cpu0 >= 0 && cpu1 >= 0) { // how many of the machine's cores the server kept busy
                r.put("server_cores_busy_c" + c, round((cpu1 - cpu0) / wall));
            }
        }
        return r;
    }

    private BenchServer.Response synth(String voice, String locale, String text, String audio) throws IOException {
        BenchServer.Response r = BenchServer.get(url + "/process?" + query(voice, locale, text, audio));
        if (r.status() != 200) {
            throw new IOException(voice + ": HTTP " + r.status() + " " + new String(r.body(), StandardCharsets.UTF_8));
        }
        return r;
    }

    /** Time until the first audio sample (past the AU header) arrives over HTTP; then reads the rest or hangs up. */
    private double firstAudioMillis(String voice, String locale, String text, boolean readAll) throws IOException {
        long t0 = System.nanoTime();
        HttpURLConnection c = (HttpURLConnection) URI.create(url + "/process?" + query(voice, locale, text, "AU_STREAM"))
                .toURL().openConnection();
        try (InputStream in = c.getInputStream()) {
            byte[] header = in.readNBytes(24);
            int offset = header.length >= 8 ? ((header[4] & 0xff) << 24) | ((header[5] & 0xff) << 16)
                    | ((header[6] & 0xff) << 8) | (header[7] & 0xff) : 24;
            in.readNBytes(Math.max(0, offset - 24));
            if (in.read() < 0) {
                throw new IOException(voice + ": AU stream without audio");
            }
            double ms = (System.nanoTime() - t0) / 1e6;
            if (readAll) {
                in.readAllBytes();
            } else {
                c.disconnect();
            }
            return ms;
        }
    }

    private static String query(String voice, String locale, String text, String audio) {
        return "INPUT_TYPE=TEXT&OUTPUT_TYPE=AUDIO&AUDIO=" + audio + "&LOCALE=" + locale + "&VOICE=" + voice
                + "&INPUT_TEXT=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static double wavSeconds(byte[] wav) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(wav).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int rate = b.getInt(24);
        int blockAlign = b.getShort(32);
        return (wav.length - 44) / (double) blockAlign / rate;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static String round(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
