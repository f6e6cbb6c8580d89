package marytts.neural.clone;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import marytts.neural.PhoneSequence;
import marytts.neural.ProsodyControls;
import marytts.neural.VoicePackage;
import marytts.neural.VoicePackageException;

/**
 * Creates and revokes cloned voices in a voices folder ({@code MARY_BASE/neural-voices}). Enrollment:
 * check the request and the audio ({@link EnrollmentAudio}), check that the consent recording's
 * speaker matches the enrollment audio ({@link ConsentCheck}), make the speaker embedding (zero-shot
 * through the base package's speaker encoder, else {@link SpeakerAdapter}), write a new package
 * (copies of the base package's models, a voice.properties naming only the new speaker,
 * {@code clone = true}, the consent record and the consent recording) into a staging folder,
 * validate it as the server would, and rename it into place. Nothing the user gave is modified;
 * an existing voice is never overwritten.
 */
public final class CloneService {
    /** What an enrollment made. */
    public record Result(Path voiceDir, String method, double similarity, double lossBefore, double lossAfter,
            double audioSeconds, long millis, SpeakerControlsFit.Result controls) {
    }

    /** One enrollment request (the CLI's arguments). */
    public record Request(String name, List<Path> audio, Path transcripts, Path consentAudio, String speaker,
            String agreedTo, Path basePackage) {
    }

    private final Path voicesDir;
    private final SpeakerEmbeddingCache cache;
    private final Path revokedList;
    private final TranscriptEncoder encoder;
    private final SpeakerAdapter adapter;

    public CloneService(Path voicesDir, Path cacheDir, TranscriptEncoder encoder, SpeakerAdapter adapter) {
        this.voicesDir = voicesDir.toAbsolutePath().normalize();
        this.cache = new SpeakerEmbeddingCache(cacheDir);
        this.revokedList = ConsentCheck.revokedList(this.voicesDir);
        this.encoder = encoder;
        this.adapter = adapter;
    }

    public SpeakerEmbeddingCache cache() {
        return cache;
    }

    /** Enrolls without fitting the speaker's rate and pitch (see {@link #enroll(Request, boolean)}). */
    public Result enroll(Request q) throws EnrollmentException {
        return enroll(q, false);
    }

    /**
     * Enrolls a new voice; with {@code fitProsody} also fits its own speaking rate and pitch
     * ({@link SpeakerControlsFit}). Off by default: on the demo voice it brought a clone's F0 from 356
     * to 239 Hz for a 132 Hz speaker but flattened the rising tone (bin/clone-similarity).
     */
    public Result enroll(Request q, boolean fitProsody) throws EnrollmentException {
        long t0 = System.currentTimeMillis();
        if (!q.name().matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw new EnrollmentException("voice name '" + q.name() + "' must match [a-z0-9][a-z0-9-]{0,63}");
        }
        if (q.speaker() == null || q.speaker().isBlank()) {
            throw new EnrollmentException("no consent: the speaker's full name is required");
        }
        if (q.agreedTo() == null || q.agreedTo().isBlank()) {
            throw new EnrollmentException("no consent: the text the speaker agreed to is required");
        }
        if (q.consentAudio() == null) {
            throw new EnrollmentException("no consent: a recording of the speaker reading the consent sentence is"
                    + " required");
        }
        Path target = voicesDir.resolve(q.name());
        if (Files.exists(target)) {
            throw new EnrollmentException("a voice named '" + q.name() + "' already exists in " + voicesDir
                    + " (never overwritten)");
        }
        VoicePackage base;
        try {
            base = VoicePackage.load(q.basePackage());
        } catch (VoicePackageException e) {
            throw new EnrollmentException("base voice: " + e.getMessage(), e);
        }
        if (ConsentCheck.isClone(base)) {
            throw new EnrollmentException("base voice " + base.name() + " is itself a clone: use a trained voice");
        }
        int rate = base.sampleRate();
        Map<String, String> transcripts = EnrollmentAudio.readTranscripts(q.transcripts());
        List<Utterance> utts = EnrollmentAudio.load(EnrollmentAudio.expand(q.audio()), transcripts, rate, true);
        List<Utterance> consent = EnrollmentAudio.load(List.of(q.consentAudio()), null, rate, false);
        double seconds = utts.stream().mapToDouble(u -> u.audio().seconds()).sum();

        List<String> keys = new ArrayList<>();
        String method;
        double similarity;
        float[] embedding;
        double lossBefore = Double.NaN;
        double lossAfter = Double.NaN;
        if (base.speakerEncoder().isPresent()) {
            try (SpeakerEncoder enc = new SpeakerEncoder(base)) {
                List<float[]> embs = new ArrayList<>();
                for (Utterance u : utts) {
                    String k = SpeakerEmbeddingCache.key(u.sha256(), enc.sha256());
                    keys.add(k);
                    embs.add(cache.getOrCompute(k, () -> enc.embed(u.audio().samples())));
                }
                Utterance c = consent.get(0);
                String ck = SpeakerEmbeddingCache.key(c.sha256(), enc.sha256());
                keys.add(ck);
                float[] consentEmb = cache.getOrCompute(ck, () -> enc.embed(c.audio().samples()));
                embedding = SpeakerStats.mean(embs);
                similarity = SpeakerStats.cosine(consentEmb, embedding);
                method = ConsentCheck.METHOD_ENCODER;
            }
        } else {
            method = ConsentCheck.METHOD_STATS;
            LogMel mel = LogMel.forVoice(base);
            String analysis = Hashing.sha256(SpeakerStats.VERSION + "|" + rate + "|" + base.melBands() + "|"
                    + base.property("mel.fft").orElse("") + "|" + base.property("mel.fmax").orElse(""));
            List<float[]> stats = new ArrayList<>();
            for (Utterance u : utts) {
                String k = SpeakerEmbeddingCache.key(u.sha256(), analysis);
                keys.add(k);
                stats.add(cache.getOrCompute(k, () -> SpeakerStats.of(mel, List.of(u.audio().samples()))));
            }
            Utterance c = consent.get(0);
            String ck = SpeakerEmbeddingCache.key(c.sha256(), analysis);
            keys.add(ck);
            float[] consentStats = cache.getOrCompute(ck, () -> SpeakerStats.of(mel, List.of(c.audio().samples())));
            similarity = SpeakerStats.cosine(consentStats, SpeakerStats.mean(stats));
            embedding = null;
        }
        double threshold = ConsentCheck.threshold(method);
        if (!(similarity >= threshold)) {
            throw new EnrollmentException(String.format(Locale.ROOT, "consent refused: the consent recording's speaker"
                    + " does not match the enrollment audio (similarity %.3f, at least %.2f needed, method %s)",
                    similarity, threshold, method));
        }
        if (embedding == null) {
            List<PhoneSequence> seqs = new ArrayList<>();
            for (Utterance u : utts) {
                seqs.add(encoder.encode(u.transcript(), base));
            }
            float[][] melTarget = LogMel.forVoice(base).statistics(
                    utts.stream().map(u -> u.audio().samples()).collect(Collectors.toList()));
            String setKey = SpeakerEmbeddingCache.key(Hashing.sha256(utts.stream()
                    .map(u -> u.sha256() + ":" + Hashing.sha256(u.transcript())).sorted()
                    .collect(Collectors.joining(","))), base.acoustic().sha256() + "|adapt-v1");
            keys.add(setKey);
            java.util.Optional<float[]> hit = cache.get(setKey);
            if (hit.isPresent()) {
                embedding = hit.get();
            } else {
                SpeakerAdapter.Result r = adapter.adapt(base, SpeakerAdapter.meanSpeaker(base,
                        List.of(speakers(base))), seqs, melTarget);
                embedding = r.embedding();
                lossBefore = r.lossBefore();
                lossAfter = r.lossAfter();
                cache.put(setKey, embedding);
            }
            method = ConsentCheck.METHOD_STATS;
        }
        SpeakerControlsFit.Result controls = SpeakerControlsFit.Result.NONE;
        if (fitProsody) {
            List<PhoneSequence> spoken = new ArrayList<>();
            for (Utterance u : utts.subList(0, Math.min(SpeakerControlsFit.MAX_SEQUENCES, utts.size()))) {
                spoken.add(encoder.encode(u.transcript(), base));
            }
            controls = SpeakerControlsFit.fit(base, embedding, spoken, utts);
        }
        Path dir = writePackage(q, base, embedding, controls.controls(), consent.get(0), similarity, method,
                lossBefore, lossAfter);
        cache.recordVoice(q.name(), keys);
        return new Result(dir, base.speakerEncoder().isPresent() ? "zero-shot" : "adaptation", similarity, lossBefore,
                lossAfter, seconds, System.currentTimeMillis() - t0, controls);
    }

    private static String[] speakers(VoicePackage base) {
        return base.property("speakers").orElse(base.defaultSpeaker()).trim().split("\\s+");
    }

    private Path writePackage(Request q, VoicePackage base, float[] embedding, ProsodyControls controls,
            Utterance consent, double similarity, String method, double lossBefore, double lossAfter)
            throws EnrollmentException {
        Path staging = voicesDir.getParent().resolve(".clone-staging").resolve(q.name() + "-" + System.nanoTime());
        try {
            Files.createDirectories(staging);
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(base.directory().resolve(VoicePackage.CONFIG_FILE))) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String k : p.stringPropertyNames()) {
                if (k.startsWith("speaker.") && !k.equals("speaker.embedding.size")) {
                    p.remove(k);
                }
            }
            p.remove("default.for.locale");
            p.setProperty("name", q.name());
            p.setProperty("speakers", q.name());
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < embedding.length; i++) {
                sb.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.6f", embedding[i]));
            }
            p.setProperty("speaker." + q.name(), sb.toString());
            if (!controls.equals(ProsodyControls.NEUTRAL)) {
                p.setProperty("speaker." + q.name() + ".controls", String.format(Locale.ROOT, "%.4f,%.4f,%.4f",
                        controls.durationScale(), controls.pitchScale(), controls.energyScale()));
            }
            p.setProperty("clone", "true");
            p.setProperty("clone.base", base.name());
            p.setProperty("clone.method", base.speakerEncoder().isPresent() ? "zero-shot" : "adaptation");
            if (!Double.isNaN(lossBefore)) {
                p.setProperty("clone.adaptation.loss", String.format(Locale.ROOT, "%.4f -> %.4f", lossBefore,
                        lossAfter));
            }
            p.setProperty("consent", ConsentRecord.FILE);
            for (String key : new String[] { "model.acoustic", "model.acoustic.fp16", "model.vocoder",
                    "model.speaker_encoder" }) {
                String f = p.getProperty(key);
                if (f == null || f.isBlank()) {
                    continue;
                }
                Path src = base.directory().resolve(f.trim());
                Files.copy(src, staging.resolve(src.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
                p.setProperty(key, src.getFileName().toString());
                p.setProperty(key + ".sha256", Hashing.sha256(staging.resolve(src.getFileName())));
            }
            Path license = base.directory().resolve("LICENSE");
            if (Files.isRegularFile(license)) {
                Files.copy(license, staging.resolve("LICENSE"));
            }
            String name = consent.source().getFileName().toString();
            String ext = name.contains(".") ? name.substring(name.lastIndexOf('.')) : ".wav";
            Path consentCopy = staging.resolve("consent" + ext.toLowerCase(Locale.ROOT));
            Files.copy(consent.source(), consentCopy);
            new ConsentRecord(UUID.randomUUID().toString(), q.speaker().strip(), q.agreedTo().strip(),
                    OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString(),
                    consentCopy.getFileName().toString(), Hashing.sha256(consentCopy), similarity, method)
                    .write(staging);
            try (Writer w = new OutputStreamWriter(Files.newOutputStream(staging.resolve(VoicePackage.CONFIG_FILE)),
                    StandardCharsets.UTF_8)) {
                p.store(w, "cloned voice made by voice-admin enroll from " + base.name());
            }
            VoicePackage made;
            try {
                made = VoicePackage.load(staging);
            } catch (VoicePackageException e) {
                throw new EnrollmentException("the new package is invalid: " + e.getMessage(), e);
            }
            ConsentCheck.validate(made, revokedList);
            Files.createDirectories(voicesDir);
            Path target = voicesDir.resolve(q.name());
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new EnrollmentException("cannot write the voice package: " + e.getMessage(), e);
        } finally {
            deleteQuietly(staging);
        }
    }

    /** What a revocation removed. */
    public record Revocation(boolean voiceRemoved, String consentId, int cacheFilesRemoved) {
    }

    /**
     * Revokes the consent of cloned voice {@code name}: records its consent id as revoked (so a copy
     * of the package is refused everywhere), deletes its cache entries and its package (adapted
     * embedding and copied models included).
     */
    public Revocation revoke(String name) throws EnrollmentException {
        if (!name.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw new EnrollmentException("'" + name + "' is not a voice name");
        }
        Path dir = voicesDir.resolve(name);
        String id = null;
        if (Files.isDirectory(dir)) {
            VoicePackage pkg;
            try {
                pkg = VoicePackage.load(dir);
            } catch (VoicePackageException e) {
                pkg = null;
            }
            if (pkg != null && !ConsentCheck.isClone(pkg)) {
                throw new EnrollmentException(name + " is not a cloned voice (use 'remove')");
            }
            try {
                id = ConsentRecord.read(dir).id();
                ConsentCheck.revoke(revokedList, id);
            } catch (EnrollmentException e) {
                // no readable record: nothing to put on the list, the voice goes anyway
            }
        }
        int removed = cache.removeVoice(name);
        boolean had = Files.isDirectory(dir);
        if (!had && removed == 0) {
            throw new EnrollmentException("no cloned voice named '" + name + "' in " + voicesDir);
        }
        if (had) {
            recordRevokedName(name, id);
            Path trash = voicesDir.getParent().resolve(".clone-staging").resolve("revoked-" + name + "-"
                    + System.nanoTime());
            try {
                Files.createDirectories(trash.getParent());
                Files.move(dir, trash, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new EnrollmentException("cannot remove " + dir + ": " + e.getMessage(), e);
            }
            deleteQuietly(trash);
        }
        return new Revocation(had, id, removed);
    }

    /**
     * The record of revoked voices' names beside the voices folder ({@code VOICES/../consent/revoked-voices},
     * "name TAB consent id TAB revoked at" a line), kept so that the watermark detector can still name
     * the voice of audio made before the revocation.
     */
    public static Path revokedVoicesList(Path voicesDir) {
        return ConsentCheck.revokedList(voicesDir).resolveSibling("revoked-voices");
    }

    private void recordRevokedName(String name, String consentId) {
        Path list = revokedVoicesList(voicesDir);
        try {
            Files.createDirectories(list.getParent());
            Files.writeString(list, name + "\t" + (consentId == null ? "-" : consentId) + "\t"
                    + OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS) + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException ignored) {
            // only the detector's name lookup depends on it: the revocation goes ahead
        }
    }

    static void deleteQuietly(Path p) {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            s.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException ignored) {
                    // best effort
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }

    /** Pre-extracts the speaker representation of every audio file of a folder into the cache; returns counts. */
    public int[] precompute(Path folder, VoicePackage base) throws EnrollmentException {
        List<Path> files = EnrollmentAudio.expand(List.of(folder));
        int hits = 0;
        int made = 0;
        LogMel mel = LogMel.forVoice(base);
        String analysis = Hashing.sha256(SpeakerStats.VERSION + "|" + base.sampleRate() + "|" + base.melBands() + "|"
                + base.property("mel.fft").orElse("") + "|" + base.property("mel.fmax").orElse(""));
        SpeakerEncoder enc = base.speakerEncoder().isPresent() ? new SpeakerEncoder(base) : null;
        try {
            for (Path f : files) {
                String sha = Hashing.sha256(f);
                String key = SpeakerEmbeddingCache.key(sha, enc != null ? enc.sha256() : analysis);
                if (cache.get(key).isPresent()) {
                    hits++;
                    continue;
                }
                AudioClip clip = EnrollmentAudio.condition(f, base.sampleRate());
                cache.put(key, enc != null ? enc.embed(clip.samples()) : SpeakerStats.of(mel, List.of(clip.samples())));
                made++;
            }
        } finally {
            if (enc != null) {
                enc.close();
            }
        }
        return new int[] { files.size(), hits, made };
    }
}
