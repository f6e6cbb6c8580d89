package marytts.neural.clone;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import marytts.neural.PhoneSequence;
import marytts.neural.ProsodyControls;
import marytts.neural.VoicePackage;

/**
 * Objective figures of voice cloning that can honestly be computed on this machine; prints one JSON
 * object on stdout.
 *
 * <pre>
 * java -cp ... marytts.neural.clone.CloneFigures [--seconds 300] [--base-voice voices/zh-tiny-test]
 *     [--prompts docs/clone-prompts.txt] [--trials 200] [--unmarked 2000] [--only watermark] [--work DIR]
 *     [--speech DIR]
 * </pre>
 *
 * <ul>
 * <li><b>enrollment</b>: wall time of {@link CloneService#enroll} (decoding, conditioning, quality
 * gates, consent speaker check, adaptation, package writing) for about {@code --seconds} of audio
 * on the CPU. The audio is {@code espeak-ng -v zh} reading the prompt script at varied speed and
 * pitch (so no two files are duplicates), or, without espeak-ng, synthetic harmonic "speech".
 * Transcripts are turned into ids by a stand-in encoder (each Han character becomes one
 * initial+final syllable chosen from its code point), since this module does not depend on the
 * zh front end; the front end's cost is small next to the adaptation.</li>
 * <li><b>adaptation</b>: loss (per-band log-mel statistics, {@link SpeakerAdapter}) before and after,
 * and the steps used ({@code -Dmary.clone.adapt.steps}).</li>
 * <li><b>cache</b>: {@link SpeakerEmbeddingCache} miss (compute the speaker statistics of one
 * utterance and store them) vs hit (read them back) latency, medians over the enrollment files.</li>
 * <li><b>watermark</b>: SNR of the mark (signal power over mark power) on the same audio, and the
 * detection and payload-read rates over {@code --trials} clips (3 to 8 s, random offsets) for:
 * unmodified, resampled to 16 kHz (marked at 22.05 kHz), 8-bit and 16-bit quantization, +6 and -6 dB
 * gain (clipped), white noise at 20 dB SNR, cropping to 3 s, and the harder combinations 3 s and
 * 5 s crops with noise at 20 dB SNR; each clip carries a payload drawn at random, and a payload read
 * counts only when it is the one marked (wrong payloads are counted apart, {@code payload_wrong});
 * and the false-positive rate and highest score
 * on {@code --unmarked} unmarked clips (default max(2000, 10x the trials); espeak speech and white
 * noise). {@code --only watermark} skips enrollment and cache figures; with it, {@code --speech DIR}
 * marks real recordings (every audio file under DIR, joined) instead of espeak-ng speech.</li>
 * </ul>
 *
 * <p>What it cannot measure: speaker similarity of cloned output to held-out recordings of the
 * target speaker vs other speakers needs real recordings of real speakers (espeak-ng has one
 * synthetic voice, and the test voice's acoustic model is random, so its output resembles no one);
 * the base voice here is the tiny test voice, so enrollment time with a production-size acoustic
 * model will be longer (the adaptation runs that model forward and backward each step); the tone
 * check of a trained demo voice does not apply to the random test voice; "inaudible" needs a
 * listening test, only the SNR is measured; the false-positive rate is measured on synthetic speech
 * and noise, not on a corpus of real recordings.
 */
public final class CloneFigures {
    private CloneFigures() {
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> opt = new LinkedHashMap<>();
        for (int i = 0; i + 1 < argv.length; i += 2) {
            opt.put(argv[i], argv[i + 1]);
        }
        double seconds = Double.parseDouble(opt.getOrDefault("--seconds", "300"));
        Path baseVoice = Paths.get(opt.getOrDefault("--base-voice", "voices/zh-tiny-test"));
        Path prompts = Paths.get(opt.getOrDefault("--prompts", "docs/clone-prompts.txt"));
        int trials = Integer.parseInt(opt.getOrDefault("--trials", "200"));
        int unmarked = Integer.parseInt(opt.getOrDefault("--unmarked", String.valueOf(Math.max(2000, 10 * trials))));
        boolean watermarkOnly = "watermark".equals(opt.get("--only"));
        Path work = opt.containsKey("--work") ? Paths.get(opt.get("--work"))
                : Files.createTempDirectory("clone-figures");
        Map<String, Object> out = new LinkedHashMap<>();
        VoicePackage base = VoicePackage.load(baseVoice);
        List<String> lines = Files.readAllLines(prompts, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();

        // audio and transcripts
        Path audio = Files.createDirectories(work.resolve("audio"));
        boolean espeak = espeakAvailable();
        StringBuilder transcripts = new StringBuilder();
        double made = 0;
        int n = 0;
        Random r = new Random(1);
        boolean ownSpeech = watermarkOnly && opt.containsKey("--speech"); // nothing to synthesize
        while (made < seconds && !ownSpeech) {
            String text = lines.get(n % lines.size());
            Path f = audio.resolve(String.format(Locale.ROOT, "p%03d.wav", n));
            if (espeak) {
                espeak(text, 150 + 25 * (n / lines.size()) + r.nextInt(10), 40 + r.nextInt(20), f);
            } else {
                FigureOutput.writeWav(f, speechLike(Math.max(2, text.length() / 4.5), 16000, n, 120), 16000);
            }
            made += AudioReader.read(f).seconds();
            transcripts.append(String.format(Locale.ROOT, "p%03d", n)).append('\t').append(text).append('\n');
            n++;
        }
        Path tr = Files.writeString(work.resolve("transcripts.txt"), transcripts.toString());
        Path consent = work.resolve("consent.wav");
        if (espeak) {
            espeak("我同意用我的声音制作一个合成声音，只用于这台服务器。", 165, 50, consent);
        } else {
            FigureOutput.writeWav(consent, speechLike(4, 16000, 999, 120), 16000);
        }
        out.put("audio_source", espeak ? "espeak-ng -v zh reading docs/clone-prompts.txt" : "synthetic harmonic bursts");
        out.put("base_voice", base.name());
        if (watermarkOnly) {
            List<Path> host = EnrollmentAudio.expand(List.of(audio));
            if (opt.containsKey("--speech")) { // real recordings instead of espeak-ng
                host = audioFilesUnder(Paths.get(opt.get("--speech")));
                out.put("audio_source", "recordings under " + opt.get("--speech") + " (" + host.size() + " files)");
            }
            out.put("watermark", watermark(host, trials, unmarked));
            System.out.println(FigureOutput.json(out));
            if (!opt.containsKey("--work")) {
                CloneService.deleteQuietly(work);
            }
            return;
        }

        // enrollment (and adaptation loss)
        Path voices = Files.createDirectories(work.resolve("mary-base/neural-voices"));
        CloneService service = new CloneService(voices, work.resolve("mary-base/cache/speaker-embeddings"),
                CloneFigures::standInTranscript, SpeakerAdapter.defaults());
        CloneService.Result res = service.enroll(new CloneService.Request("figures-" + System.nanoTime() % 100000,
                List.of(audio), tr, consent, "Figures Speaker", "figures run", baseVoice));
        Map<String, Object> enr = new LinkedHashMap<>();
        enr.put("files", n);
        enr.put("audio_seconds", FigureOutput.round(res.audioSeconds(), 1));
        enr.put("wall_seconds", FigureOutput.round(res.millis() / 1000.0, 2));
        enr.put("goal_seconds_for_300s", 300);
        enr.put("method", res.method());
        enr.put("consent_similarity", FigureOutput.round(res.similarity(), 4));
        enr.put("consent_threshold", ConsentCheck.threshold(ConsentCheck.METHOD_STATS));
        enr.put("cpu_threads", Runtime.getRuntime().availableProcessors());
        out.put("enrollment", enr);
        Map<String, Object> ad = new LinkedHashMap<>();
        ad.put("steps", Integer.getInteger("mary.clone.adapt.steps", 60));
        ad.put("loss_before", FigureOutput.round(res.lossBefore(), 4));
        ad.put("loss_after", FigureOutput.round(res.lossAfter(), 4));
        ad.put("what", "L1 of per-band log-mel mean shape + std, model output vs enrollment audio; embedding only");
        out.put("adaptation", ad);

        // cache miss vs hit
        SpeakerEmbeddingCache cache = new SpeakerEmbeddingCache(work.resolve("cache-bench"));
        LogMel mel = LogMel.forVoice(base);
        List<Path> files = EnrollmentAudio.expand(List.of(audio));
        List<float[]> clips = new ArrayList<>();
        for (Path f : files) {
            clips.add(EnrollmentAudio.condition(f, base.sampleRate()).samples());
        }
        double[] miss = new double[clips.size()];
        double[] hit = new double[clips.size()];
        for (int i = 0; i < clips.size(); i++) {
            float[] c = clips.get(i);
            String key = SpeakerEmbeddingCache.key(Hashing.sha256(c), "bench");
            long t0 = System.nanoTime();
            cache.getOrCompute(key, () -> SpeakerStats.of(mel, List.of(c)));
            miss[i] = (System.nanoTime() - t0) / 1e6;
            t0 = System.nanoTime();
            cache.getOrCompute(key, () -> {
                throw new IllegalStateException("should hit");
            });
            hit[i] = (System.nanoTime() - t0) / 1e6;
        }
        Map<String, Object> ca = new LinkedHashMap<>();
        ca.put("entries", clips.size());
        ca.put("miss_ms_median", FigureOutput.round(median(miss), 3));
        ca.put("hit_ms_median", FigureOutput.round(median(hit), 4));
        ca.put("hit_ms_max", FigureOutput.round(Arrays.stream(hit).max().orElse(0), 4));
        ca.put("goal_hit_ms", 1);
        out.put("cache", ca);

        // watermark
        out.put("watermark", watermark(files, trials, unmarked));
        System.out.println(FigureOutput.json(out));
        if (!opt.containsKey("--work")) {
            CloneService.deleteQuietly(work);
        }
    }

    static Map<String, Object> watermark(List<Path> files, int trials, int unmarked) throws EnrollmentException {
        List<AudioClip> source = new ArrayList<>();
        for (Path f : files) {
            source.add(AudioReader.read(f));
        }
        // one long stream at the files' own rate: clips are cut from it at random offsets
        int rate = source.get(0).sampleRate();
        int total = source.stream().mapToInt(c -> c.samples().length).sum();
        float[] all = new float[total];
        int o = 0;
        for (AudioClip c : source) {
            float[] x = rate == c.sampleRate() ? c.samples() : Resampler.resample(c.samples(), c.sampleRate(), rate);
            System.arraycopy(x, 0, all, o, Math.min(x.length, all.length - o));
            o += x.length;
        }
        WatermarkPayload payload = WatermarkPayload.of("figures-voice", java.time.Instant.parse("2025-06-01T12:34:56Z"));
        Watermark mark = new Watermark(Watermark.key(), Watermark.DEFAULT_STRENGTH, payload); // for the SNR
        float[] marked = mark.apply(all, rate, 0);
        double s = 0;
        double m = 0;
        for (int i = 0; i < all.length; i++) {
            s += all[i] * (double) all[i];
            m += (marked[i] - all[i]) * (double) (marked[i] - all[i]);
        }
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("snr_db", FigureOutput.round(10 * Math.log10(s / m), 1));
        w.put("threshold_z", WatermarkDetector.THRESHOLD);
        w.put("payload_floor_z", WatermarkDetector.PAYLOAD_FLOOR);
        w.put("payload_bits", "24 voice hash + 18 hour + 10 CRC, 4 symbols of 13 bits");
        w.put("marked_at_hz", rate);
        w.put("source_seconds", FigureOutput.round(all.length / (double) rate, 1));
        w.put("trials", trials);
        w.put("clip_seconds", "3 to 8, random offsets, unless the attack says otherwise");
        w.put("payloads", "one drawn at random per clip (24-bit voice hash, 18-bit hour)");
        String[] attacks = { "none", "resample_16k", "quantize_8bit", "quantize_16bit", "gain_plus_6db",
                "gain_minus_6db", "noise_20db_snr", "crop_3s", "crop_3s_noise_20db_snr", "crop_5s_noise_20db_snr" };
        Map<String, Object> rates = new LinkedHashMap<>();
        Map<String, Object> payloadRates = new LinkedHashMap<>();
        double minZ = Double.POSITIVE_INFINITY;
        int wrongPayloads = 0;
        Random r = new Random(7);
        for (String a : attacks) {
            int found = 0;
            int read = 0;
            for (int t = 0; t < trials; t++) {
                double secs = a.startsWith("crop_3s") ? 3.0 : a.startsWith("crop_5s") ? 5.0 : 3 + 5 * r.nextDouble();
                int len = (int) (secs * rate);
                int from = r.nextInt(Math.max(1, all.length - len));
                // a payload of its own per clip (voice and hour drawn at random): how well a
                // symbol reads depends on its shift, so one fixed payload would measure 4 shifts only
                WatermarkPayload clipPayload = new WatermarkPayload(r.nextInt(1 << 24), r.nextInt(1 << 18));
                Watermark clipMark = new Watermark(Watermark.key(), Watermark.DEFAULT_STRENGTH, clipPayload);
                float[] x = clipMark.apply(Arrays.copyOfRange(all, from, Math.min(all.length, from + len)), rate, from);
                int xr = rate;
                switch (a) {
                case "resample_16k":
                    x = Resampler.resample(x, rate, 16000);
                    xr = 16000;
                    break;
                case "quantize_8bit":
                    x = quantize(x, 8);
                    break;
                case "quantize_16bit":
                    x = quantize(x, 16);
                    break;
                case "gain_plus_6db":
                    x = gain(x, 6);
                    break;
                case "gain_minus_6db":
                    x = gain(x, -6);
                    break;
                case "noise_20db_snr":
                case "crop_3s_noise_20db_snr":
                case "crop_5s_noise_20db_snr":
                    x = noise(x, 20, r.nextLong());
                    break;
                default:
                    break;
                }
                WatermarkDetector.Result d = WatermarkDetector.detect(x, xr);
                minZ = Math.min(minZ, d.z());
                if (d.present()) {
                    found++;
                }
                if (d.payload().isPresent()) {
                    if (d.payload().get().equals(clipPayload)) {
                        read++;
                    } else {
                        wrongPayloads++;
                    }
                }
            }
            rates.put(a, FigureOutput.round(found / (double) trials, 4));
            payloadRates.put(a, FigureOutput.round(read / (double) trials, 4));
        }
        w.put("detection_rate", rates);
        w.put("payload_read_rate", payloadRates);
        w.put("payload_wrong", wrongPayloads);
        w.put("min_z_marked", FigureOutput.round(minZ, 2));
        int fp = 0;
        int fpPayload = 0;
        double maxZ = 0;
        for (int t = 0; t < unmarked; t++) {
            float[] x;
            if (t % 5 == 4) {
                x = new float[3 * rate];
                for (int i = 0; i < x.length; i++) {
                    x[i] = (float) (r.nextGaussian() * 0.05);
                }
            } else {
                int len = (int) ((3 + 5 * r.nextDouble()) * rate);
                int from = r.nextInt(Math.max(1, all.length - len));
                x = Arrays.copyOfRange(all, from, Math.min(all.length, from + len));
            }
            WatermarkDetector.Result d = WatermarkDetector.detect(x, rate);
            maxZ = Math.max(maxZ, d.z());
            if (d.present()) {
                fp++;
            }
            if (d.payload().isPresent()) {
                fpPayload++;
            }
        }
        w.put("unmarked_trials", unmarked);
        w.put("unmarked_what", "4/5 clips of 3-8 s of the same speech, unmarked; 1/5 white noise of 3 s");
        w.put("false_positive_rate", FigureOutput.round(fp / (double) unmarked, 5));
        w.put("false_payloads", fpPayload);
        w.put("max_z_unmarked", FigureOutput.round(maxZ, 2));
        w.put("goals", "detection >= 0.99, false positives <= 0.001");
        return w;
    }

    /** Stand-in for the zh front end: each Han character one syllable, initial and toned final from its code point. */
    static PhoneSequence standInTranscript(String text, VoicePackage v) {
        String[] ini = { "b", "d", "g", "m", "n", "sh", "x", "l", "h", "zh", "j", "s" };
        String[] fin = { "a", "i", "u", "ao", "an", "ing", "e", "ou", "en", "ang", "ian", "uo" };
        List<long[]> rows = new ArrayList<>();
        text.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).forEach(cp -> {
            rows.add(new long[] { v.phones().id(ini[cp % ini.length]), v.tones().id("0"), v.boundaries().id("none") });
            rows.add(new long[] { v.phones().id(fin[(cp / 7) % fin.length]), v.tones().id(String.valueOf(1 + cp % 4)),
                    v.boundaries().id("syllable") });
        });
        if (!rows.isEmpty()) {
            rows.get(rows.size() - 1)[2] = v.boundaries().id("sentence");
        }
        return PhoneSequence.fromRows(rows, 0, ProsodyControls.NEUTRAL);
    }

    /** Every WAV, FLAC or Ogg file under {@code dir} (following links), sorted, for {@code --speech}. */
    static List<Path> audioFilesUnder(Path dir) throws IOException {
        try (var s = Files.walk(dir, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            List<Path> files = s.filter(Files::isRegularFile)
                    .filter(f -> EnrollmentAudio.AUDIO_FILE.matcher(f.getFileName().toString().toLowerCase(Locale.ROOT))
                            .matches())
                    .sorted().toList();
            if (files.isEmpty()) {
                throw new IOException(dir + ": no WAV, FLAC or Ogg files");
            }
            return files;
        }
    }

    static boolean espeakAvailable() {
        try {
            Process p = new ProcessBuilder("espeak-ng", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static void espeak(String text, int wpm, int pitch, Path wav) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("espeak-ng", "-v", "zh", "-s", String.valueOf(wpm), "-p",
                String.valueOf(pitch), "-a", "80", "-w", wav.toString(), text).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("espeak-ng failed on: " + text);
        }
    }

    static float[] speechLike(double seconds, int rate, long seed, double f0Low) {
        Random r = new Random(seed);
        float[] x = new float[(int) (seconds * rate)];
        int i = rate / 5;
        while (i < x.length - rate / 5) {
            int len = rate / 5;
            double f0 = f0Low + r.nextDouble() * 100;
            for (int k = 0; k < len; k++) {
                double v = 0;
                for (int h = 1; h <= 8; h++) {
                    v += Math.sin(2 * Math.PI * f0 * h * k / rate + h) / h;
                }
                x[i + k] = (float) (v * Math.sin(Math.PI * k / len) * 0.2 + r.nextGaussian() * 0.001);
            }
            i += len + rate / 20;
        }
        return x;
    }

    static float[] quantize(float[] x, int bits) {
        double q = Math.pow(2, bits - 1) - 1;
        float[] y = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = (float) (Math.round(x[i] * q) / q);
        }
        return y;
    }

    static float[] gain(float[] x, double db) {
        double g = Math.pow(10, db / 20);
        float[] y = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = (float) Math.max(-1, Math.min(1, x[i] * g));
        }
        return y;
    }

    static float[] noise(float[] x, double snrDb, long seed) {
        double p = 0;
        for (float v : x) {
            p += v * (double) v;
        }
        double rms = Math.sqrt(p / Math.max(1, x.length)) * Math.pow(10, -snrDb / 20);
        Random r = new Random(seed);
        float[] y = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = (float) (x[i] + r.nextGaussian() * rms);
        }
        return y;
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length == 0 ? 0 : s[s.length / 2];
    }
}
