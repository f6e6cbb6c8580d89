package marytts.zh.installer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import marytts.neural.EngineOptions;
import marytts.neural.NeuralVoiceEngine;
import marytts.neural.ProsodyControls;
import marytts.neural.VoicePackage;
import marytts.neural.clone.AudioPrep;
import marytts.neural.clone.AudioReader;
import marytts.neural.clone.CloneService;
import marytts.neural.clone.ConsentCheck;
import marytts.neural.clone.EnrollmentAudio;
import marytts.neural.clone.FigureOutput;
import marytts.neural.clone.LogMel;
import marytts.neural.clone.PitchTrack;
import marytts.neural.clone.Resampler;
import marytts.neural.clone.SpeakerAdapter;
import marytts.neural.clone.SpeakerStats;

/**
 * Speaker-similarity and tone figures of voice cloning on real recordings; prints one JSON object.
 *
 * <pre>
 * bin/clone-similarity [--seconds 300] [--per-file 10] [--gap-ms 150] [--gcin /usr/share/gcin/ogg]
 *     [--base-voice voices/zh-demo] [--work DIR]
 * </pre>
 *
 * <p><b>Data.</b> Debian {@code gcin-voice}: isolated Mandarin syllables, one folder per toned
 * syllable ({@link Bopomofo} maps the folder names to numbered pinyin), two real speakers:
 * {@code 3.ogg} (the clone target, "spk3") and {@code 5.ogg} ("spk5", the only speaker the base
 * voice {@code zh-demo} was trained on). Held out for evaluation: the syllables {@code zh-demo}'s
 * {@code prepare.py} held out of its training (every 23rd speaker-5 syllable, sorted), where both
 * speakers recorded them; held out as the consent recording: 12 further speaker-3 syllables. The
 * enrollment "utterances" are the remaining speaker-3 syllables in a shuffled order (seed 1),
 * {@code --per-file} to a WAV file separated by {@code --gap-ms} of silence, with numbered-pinyin
 * transcripts ({@code ba1 , ma3 , ...}: each gap is a pause, {@link PinyinTranscripts}), until the
 * files hold {@code --seconds} of audio (or the syllables run out). Enrollment goes through the
 * real {@link CloneService} (quality gates, consent speaker check, adaptation) into a temporary
 * MARY_BASE, base voice {@code zh-demo}.
 *
 * <p><b>Speaker representation.</b> {@link SpeakerStats} ({@code speaker-stats-v1}): per-band
 * log-mel envelope (band means minus their average) and per-band standard deviation, compared by
 * cosine; plus the RMS difference of the envelopes in dB and the median F0. This is a spectral
 * fingerprint, NOT a trained speaker-verification embedding (none can be had here): it reflects
 * timbre and spectral tilt but also the recording channel; since both speakers were recorded for
 * the same package, the channel is probably similar, which helps the comparison but is not known.
 * The held-out syllables are synthesized one at a time (one syllable per sequence, like the
 * recordings) with (a) the base voice's speaker {@code chu} and (b) the cloned voice, through
 * {@link NeuralVoiceEngine} (engine output before the watermark the server adds), trimmed and
 * loudness-normalized like the recordings ({@link EnrollmentAudio#condition}), and their pooled
 * statistics compared with the pooled statistics of held-out recordings of spk3 (target) and spk5
 * (other), beside real-vs-real baselines.
 *
 * <p><b>Tone check.</b> F0 ({@link PitchTrack}) of each held-out syllable, 5 points over its voiced
 * part in semitones re the source's median F0; per tone 1-4 the median rise (last minus first
 * point), for the recordings of both speakers and the two voices' output. (A nearest-template tone
 * classifier was tried and dropped: with this tracker it agreed with the labels on only about a third
 * of the real speaker-3 recordings, so it measured the tracker, not the voices.)
 *
 * <p>What it measures and what not: whether cloning moves the output's long-term spectrum toward
 * the target speaker; not whether a listener would take it for that speaker (no listening test, no
 * speaker-verification model). The adaptation fits only the speaker embedding to per-band log-mel
 * statistics ({@link SpeakerAdapter}), so the figure checks that objective on held-out data; a
 * clone scoring closer to spk3 here may still sound like spk5 with a different tilt. The
 * recordings are single syllables, not read sentences; results from this corpus say little about
 * running speech.
 */
public final class RealSpeechCloneFigures {
    static final String SPK3 = "3.ogg";
    static final String SPK5 = "5.ogg";
    /** prepare.py's HOLDOUT_EVERY: every 23rd speaker-5 syllable (sorted folder names), offset 11. */
    static final int HOLDOUT_EVERY = 23;
    static final int CONSENT_SYLLABLES = 12;

    /** One gcin syllable folder. */
    record Syllable(String folder, String pinyin, int tone, Path spk3, Path spk5, boolean spk3Decodes,
            boolean spk5Decodes) {
    }

    private RealSpeechCloneFigures() {
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> opt = new LinkedHashMap<>();
        for (int i = 0; i + 1 < argv.length; i += 2) {
            opt.put(argv[i], argv[i + 1]);
        }
        double seconds = Double.parseDouble(opt.getOrDefault("--seconds", "300"));
        int perFile = Integer.parseInt(opt.getOrDefault("--per-file", "10"));
        int gapMs = Integer.parseInt(opt.getOrDefault("--gap-ms", "150"));
        Path gcin = Paths.get(opt.getOrDefault("--gcin", "/usr/share/gcin/ogg"));
        Path baseDir = Paths.get(opt.getOrDefault("--base-voice", "voices/zh-demo"));
        Path work = opt.containsKey("--work") ? Files.createDirectories(Paths.get(opt.get("--work")))
                : Files.createTempDirectory("clone-similarity");
        if (!Files.isDirectory(gcin)) {
            System.err.println(gcin + " not found: install the Debian package gcin-voice");
            System.exit(2);
        }
        long started = System.nanoTime();
        VoicePackage base = VoicePackage.load(baseDir);
        int rate = base.sampleRate();
        Map<String, Object> out = new LinkedHashMap<>();

        // ---- the corpus and its split
        List<Syllable> all = list(gcin);
        List<Syllable> eval = new ArrayList<>();
        int k5 = 0;
        for (Syllable s : all) {
            if (s.spk5() != null) {
                if (k5 % HOLDOUT_EVERY == HOLDOUT_EVERY / 2 && s.spk3Decodes() && s.spk5Decodes()) {
                    eval.add(s);
                }
                k5++;
            }
        }
        List<Syllable> rest3 = new ArrayList<>(all.stream().filter(s -> s.spk3Decodes() && !eval.contains(s)).toList());
        Collections.shuffle(rest3, new Random(1));
        List<Syllable> consentSyl = new ArrayList<>(rest3.subList(0, CONSENT_SYLLABLES));
        List<Syllable> pool3 = rest3.subList(CONSENT_SYLLABLES, rest3.size());
        List<Syllable> train5 = all.stream().filter(s -> s.spk5Decodes() && !eval.contains(s)).toList();

        Map<String, Object> data = new LinkedHashMap<>();
        data.put("source", "Debian gcin-voice " + gcin + ": isolated Mandarin syllables, speaker 3.ogg (target) and"
                + " 5.ogg (other; the only speaker zh-demo was trained on)");
        data.put("syllable_folders_usable", all.size());
        data.put("spk3_recordings", all.stream().filter(s -> s.spk3() != null).count());
        data.put("spk5_recordings", all.stream().filter(s -> s.spk5() != null).count());
        data.put("spk3_decoded_empty", all.stream().filter(s -> s.spk3() != null && !s.spk3Decodes()).count());
        data.put("spk5_decoded_empty", all.stream().filter(s -> s.spk5() != null && !s.spk5Decodes()).count());
        data.put("decoder_note", "files AudioReader decodes to zero samples would be left out everywhere (VorbisSPI"
                + " lost 767 of these short files; OggVorbisDecoder reads them all)");
        data.put("heldout_eval_syllables", eval.size());
        data.put("heldout_rule", "zh-demo's own held-out syllables (every 23rd speaker-5 folder, never"
                + " in its training) that both speakers recorded and that decode");
        data.put("consent_syllables", consentSyl.size());
        out.put("data", data);

        // ---- enrollment files
        Path audioDir = Files.createDirectories(work.resolve("enroll-audio"));
        StringBuilder transcripts = new StringBuilder();
        float[] gap = new float[gapMs * rate / 1000];
        List<Syllable> enrolled = new ArrayList<>();
        double fileSeconds = 0;
        double speechSeconds = 0;
        int files = 0;
        for (int i = 0; i < pool3.size() && fileSeconds < seconds; i += perFile) {
            List<Syllable> group = pool3.subList(i, Math.min(pool3.size(), i + perFile));
            if (group.size() < perFile / 2) {
                break;
            }
            List<float[]> parts = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (Syllable s : group) {
                float[] x = syllable(s.spk3(), rate, false);
                speechSeconds += x.length / (double) rate;
                if (!parts.isEmpty()) {
                    parts.add(gap);
                    text.append(" , ");
                }
                parts.add(x);
                text.append(s.pinyin());
                enrolled.add(s);
            }
            float[] file = concat(parts);
            fileSeconds += file.length / (double) rate;
            String id = String.format(Locale.ROOT, "spk3-%03d", files++);
            FigureOutput.writeWav(audioDir.resolve(id + ".wav"), file, rate);
            transcripts.append(id).append('\t').append(text).append('\n');
        }
        Path tr = Files.writeString(work.resolve("transcripts.txt"), transcripts.toString(), StandardCharsets.UTF_8);
        List<float[]> consentParts = new ArrayList<>();
        for (Syllable s : consentSyl) {
            if (!consentParts.isEmpty()) {
                consentParts.add(gap);
            }
            consentParts.add(syllable(s.spk3(), rate, false));
        }
        Path consent = work.resolve("consent-spk3.wav");
        FigureOutput.writeWav(consent, concat(consentParts), rate);

        Path voices = Files.createDirectories(work.resolve("mary-base/neural-voices"));
        CloneService service = new CloneService(voices, work.resolve("mary-base/cache/speaker-embeddings"),
                new PinyinTranscripts(), SpeakerAdapter.defaults());
        CloneService.Result res = service.enroll(new CloneService.Request("spk3-clone", List.of(audioDir), tr, consent,
                "gcin-voice speaker 3", "objective figures run on Debian gcin-voice recordings", baseDir), true);
        Map<String, Object> enr = new LinkedHashMap<>();
        enr.put("files", files);
        enr.put("syllables", enrolled.size());
        enr.put("file_seconds", FigureOutput.round(fileSeconds, 1));
        enr.put("speech_seconds_without_gaps", FigureOutput.round(speechSeconds, 1));
        enr.put("audio_seconds_after_trim", FigureOutput.round(res.audioSeconds(), 1));
        enr.put("asked_seconds", seconds);
        enr.put("wall_seconds", FigureOutput.round(res.millis() / 1000.0, 2));
        enr.put("goal_seconds_for_300s", 300);
        enr.put("cpu_threads_available", Runtime.getRuntime().availableProcessors());
        enr.put("torch_threads", System.getProperty("ai.djl.pytorch.num_threads", "default"));
        enr.put("method", res.method());
        enr.put("consent_similarity", FigureOutput.round(res.similarity(), 4));
        enr.put("consent_threshold", ConsentCheck.STATS_THRESHOLD);
        enr.put("adapt_steps", Integer.getInteger("mary.clone.adapt.steps", 60));
        enr.put("adapt_loss_before", FigureOutput.round(res.lossBefore(), 4));
        enr.put("adapt_loss_after", FigureOutput.round(res.lossAfter(), 4));
        ProsodyControls fitted = res.controls().controls();
        enr.put("fitted_controls_duration_pitch_energy", String.format(Locale.ROOT, "%.3f, %.3f, %.3f",
                fitted.durationScale(), fitted.pitchScale(), fitted.energyScale()));
        enr.put("fit_f0_hz_target_before_after", new double[] { FigureOutput.round(res.controls().targetF0(), 1),
                FigureOutput.round(res.controls().firstF0(), 1), FigureOutput.round(res.controls().fittedF0(), 1) });
        out.put("enrollment", enr);
        VoicePackage clone = VoicePackage.load(res.voiceDir());

        // ---- synthesis of the held-out syllables
        PinyinTranscripts enc = new PinyinTranscripts();
        List<float[]> baseOut = new ArrayList<>();
        List<float[]> cloneOut = new ArrayList<>(); // the default: embedding only
        List<float[]> cloneFitOut = new ArrayList<>(); // with the fitted rate and pitch (enroll --fit-prosody)
        EngineOptions eo = new EngineOptions("cpu", 1, 60_000);
        try (NeuralVoiceEngine eb = new NeuralVoiceEngine(base, eo);
                NeuralVoiceEngine ec = new NeuralVoiceEngine(clone, eo)) {
            float[] spkBase = base.speaker(base.defaultSpeaker()).orElseThrow();
            float[] spkClone = clone.speaker(clone.defaultSpeaker()).orElseThrow();
            for (Syllable s : eval) {
                baseOut.add(condition(eb.synthesize(enc.encode(s.pinyin(), base), spkBase), rate));
                cloneOut.add(condition(ec.synthesize(enc.encode(s.pinyin(), clone), spkClone), rate));
                cloneFitOut.add(condition(ec.synthesize(enc.encode(s.pinyin(), clone)
                        .under(clone.speakerControls(clone.defaultSpeaker())), spkClone), rate)); // as the server does
            }
        }
        List<float[]> real3 = new ArrayList<>();
        List<float[]> real5 = new ArrayList<>();
        for (Syllable s : eval) {
            real3.add(syllable(s.spk3(), rate, true));
            real5.add(syllable(s.spk5(), rate, true));
        }
        List<float[]> enroll3 = new ArrayList<>();
        for (Syllable s : enrolled.subList(0, Math.min(400, enrolled.size()))) {
            enroll3.add(syllable(s.spk3(), rate, true));
        }
        List<float[]> train5Clips = new ArrayList<>();
        for (Syllable s : sample(train5, 400)) {
            train5Clips.add(syllable(s.spk5(), rate, true));
        }

        LogMel mel = LogMel.forVoice(base);
        Map<String, List<float[]>> sources = new LinkedHashMap<>();
        sources.put("base_voice_output", baseOut);
        sources.put("clone_output", cloneOut);
        sources.put("clone_output_fit_prosody", cloneFitOut);
        sources.put("real_spk3_enrollment", enroll3);
        sources.put("real_spk5_training", train5Clips);
        Map<String, float[]> stats = new LinkedHashMap<>();
        for (Map.Entry<String, List<float[]>> e : sources.entrySet()) {
            stats.put(e.getKey(), SpeakerStats.of(mel, e.getValue()));
        }
        float[] ref3 = SpeakerStats.of(mel, real3);
        float[] ref5 = SpeakerStats.of(mel, real5);
        Map<String, Object> sim = new LinkedHashMap<>();
        sim.put("representation", SpeakerStats.VERSION + ": per-band log-mel envelope (band means minus their"
                + " average) + per-band std over all frames of the trimmed, loudness-normalized syllables, 80 bands"
                + " 0-8 kHz; cosine similarity (higher = closer), envelope_rms_db = RMS over bands of the envelope"
                + " difference in dB (lower = closer). A spectral fingerprint, NOT a trained speaker-verification"
                + " embedding");
        sim.put("compared_with", "pooled held-out recordings: spk3 (target, " + real3.size() + " syllables) and spk5"
                + " (other, same syllables)");
        for (Map.Entry<String, float[]> e : stats.entrySet()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("cos_spk3_heldout", FigureOutput.round(SpeakerStats.cosine(e.getValue(), ref3), 4));
            row.put("cos_spk5_heldout", FigureOutput.round(SpeakerStats.cosine(e.getValue(), ref5), 4));
            row.put("envelope_rms_db_spk3", FigureOutput.round(envelopeRmsDb(e.getValue(), ref3), 2));
            row.put("envelope_rms_db_spk5", FigureOutput.round(envelopeRmsDb(e.getValue(), ref5), 2));
            row.put("clips", sources.get(e.getKey()).size());
            sim.put(e.getKey(), row);
        }
        Map<String, Object> rr = new LinkedHashMap<>();
        rr.put("cos_spk3_heldout_vs_spk5_heldout", FigureOutput.round(SpeakerStats.cosine(ref3, ref5), 4));
        rr.put("envelope_rms_db_spk3_heldout_vs_spk5_heldout", FigureOutput.round(envelopeRmsDb(ref3, ref5), 2));
        sim.put("real_vs_real", rr);
        float[] sb = stats.get("base_voice_output");
        float[] sc = stats.get("clone_output");
        Map<String, Object> mv = new LinkedHashMap<>();
        mv.put("cos_to_spk3_clone_minus_base", FigureOutput.round(SpeakerStats.cosine(sc, ref3) - SpeakerStats.cosine(sb, ref3), 4));
        mv.put("cos_to_spk5_clone_minus_base", FigureOutput.round(SpeakerStats.cosine(sc, ref5) - SpeakerStats.cosine(sb, ref5), 4));
        mv.put("envelope_db_to_spk3_clone_minus_base", FigureOutput.round(envelopeRmsDb(sc, ref3) - envelopeRmsDb(sb, ref3), 2));
        mv.put("envelope_db_to_spk5_clone_minus_base", FigureOutput.round(envelopeRmsDb(sc, ref5) - envelopeRmsDb(sb, ref5), 2));
        mv.put("clone_closer_to_spk3_than_to_spk5", SpeakerStats.cosine(sc, ref3) > SpeakerStats.cosine(sc, ref5));
        mv.put("base_closer_to_spk3_than_to_spk5", SpeakerStats.cosine(sb, ref3) > SpeakerStats.cosine(sb, ref5));
        sim.put("movement", mv);
        out.put("similarity", sim);

        // ---- F0 and tones
        Map<String, List<float[]>> toneSources = new LinkedHashMap<>();
        toneSources.put("real_spk3_heldout", real3);
        toneSources.put("real_spk5_heldout", real5);
        toneSources.put("base_voice_output", baseOut);
        toneSources.put("clone_output", cloneOut);
        toneSources.put("clone_output_fit_prosody", cloneFitOut);
        out.put("tones", tones(toneSources, eval, rate));
        out.put("seconds_total", FigureOutput.round((System.nanoTime() - started) / 1e9, 1));
        System.out.println(FigureOutput.json(out));
        if (!opt.containsKey("--work")) {
            deleteTree(work);
        }
    }

    /** Tone check and F0 medians, see the class comment. */
    static Map<String, Object> tones(Map<String, List<float[]>> sources, List<Syllable> eval, int rate) {
        int points = 5;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("method", "autocorrelation F0 per held-out syllable (PitchTrack), 5 points over the voiced part in"
                + " semitones re the source's median F0; per tone, the median of last minus first point");
        out.put("expected", "tone1 level, tone2 rising, tone3 low (dipping), tone4 falling");
        for (Map.Entry<String, List<float[]>> e : sources.entrySet()) {
            List<float[]> clips = e.getValue();
            double med = medianF0(clips, rate);
            int noF0 = 0;
            Map<Integer, List<Double>> rise = new LinkedHashMap<>();
            for (int i = 0; i < clips.size(); i++) {
                int t = eval.get(i).tone();
                if (t > 4) {
                    continue;
                }
                double[] c = PitchTrack.contour(PitchTrack.f0(clips.get(i), rate), med, points);
                if (c == null) {
                    noF0++;
                    continue;
                }
                rise.computeIfAbsent(t, x -> new ArrayList<>()).add(c[points - 1] - c[0]);
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("median_f0_hz", FigureOutput.round(med, 1));
            row.put("no_f0", noF0);
            Map<String, Object> d = new LinkedHashMap<>();
            Map<String, Object> n = new LinkedHashMap<>();
            for (int t = 1; t <= 4; t++) {
                List<Double> v = rise.getOrDefault(t, List.of());
                d.put("tone" + t, v.isEmpty() ? Double.NaN
                        : FigureOutput.round(v.stream().mapToDouble(Double::doubleValue).sorted().toArray()[v.size() / 2], 1));
                n.put("tone" + t, v.size());
            }
            row.put("median_end_minus_start_semitones", d);
            row.put("syllables", n);
            out.put(e.getKey(), row);
        }
        return out;
    }

    static double medianF0(List<float[]> clips, int rate) {
        List<Double> all = new ArrayList<>();
        for (float[] c : clips) {
            for (double f : PitchTrack.f0(c, rate)) {
                if (f > 0) {
                    all.add(f);
                }
            }
        }
        Collections.sort(all);
        return all.isEmpty() ? 0 : all.get(all.size() / 2);
    }

    /** The usable syllable folders in sorted order (the order prepare.py used). */
    static List<Syllable> list(Path gcin) throws IOException {
        List<Syllable> out = new ArrayList<>();
        List<Path> dirs;
        try (Stream<Path> s = Files.list(gcin)) {
            dirs = s.filter(Files::isDirectory).sorted((a, b) -> a.getFileName().toString()
                    .compareTo(b.getFileName().toString())).toList();
        }
        for (Path d : dirs) {
            String py = Bopomofo.toPinyin(d.getFileName().toString());
            if (py == null) {
                continue;
            }
            Path a = d.resolve(SPK3);
            Path b = d.resolve(SPK5);
            out.add(new Syllable(d.getFileName().toString(), py, py.charAt(py.length() - 1) - '0',
                    Files.isRegularFile(a) ? a : null, Files.isRegularFile(b) ? b : null, decodes(a), decodes(b)));
        }
        return out;
    }

    /** Whether the project's decoder ({@link AudioReader}) gets any samples out of a file. */
    static boolean decodes(Path f) {
        try {
            return Files.isRegularFile(f) && AudioReader.read(f).samples().length > 0;
        } catch (Exception e) {
            return false;
        }
    }

    /** One recording at {@code rate}, trimmed 30 dB; loudness-normalized too when {@code normalize}. */
    static float[] syllable(Path ogg, int rate, boolean normalize) throws Exception {
        if (normalize) {
            return EnrollmentAudio.condition(ogg, rate).samples();
        }
        var clip = AudioReader.read(ogg);
        return AudioPrep.trim(Resampler.resample(clip.samples(), clip.sampleRate(), rate), rate, AudioPrep.TRIM_DB);
    }

    /** Engine output conditioned like the recordings (trim 30 dB, loudness normalization). */
    static float[] condition(float[] x, int rate) {
        return AudioPrep.normalize(AudioPrep.trim(x, rate, AudioPrep.TRIM_DB), rate);
    }

    static List<Syllable> sample(List<Syllable> in, int n) {
        List<Syllable> c = new ArrayList<>(in);
        Collections.shuffle(c, new Random(2));
        return c.subList(0, Math.min(n, c.size()));
    }

    /** RMS over bands of the difference of two {@link SpeakerStats} envelopes, natural-log magnitude to dB. */
    static double envelopeRmsDb(float[] a, float[] b) {
        int bands = a.length / 2;
        double s = 0;
        for (int i = 0; i < bands; i++) {
            s += (a[i] - b[i]) * (double) (a[i] - b[i]);
        }
        return 20 / Math.log(10) * Math.sqrt(s / bands);
    }

    static float[] concat(List<float[]> parts) {
        float[] out = new float[parts.stream().mapToInt(p -> p.length).sum()];
        int o = 0;
        for (float[] p : parts) {
            System.arraycopy(p, 0, out, o, p.length);
            o += p.length;
        }
        return out;
    }

    static void deleteTree(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(Collections.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}
