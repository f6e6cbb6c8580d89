package marytts.neural.clone;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and checks a speaker's enrollment recordings: decode ({@link AudioReader}), mono mix,
 * resample to the voice's rate ({@link Resampler}), trim leading/trailing silence (30 dB below the
 * peak), normalize loudness, then apply the quality gates. Every problem found is reported at once
 * ({@link QualityException}), one line each:
 * <ul>
 * <li>silent: peak below {@value #SILENT_PEAK_DBFS} dBFS;</li>
 * <li>clipped: more than {@value #MAX_CLIPPED_PERCENT} % of samples in flat-topped runs at full scale;</li>
 * <li>too noisy: estimated SNR ({@link AudioPrep#snrDb}) below {@value #MIN_SNR_DB} dB;</li>
 * <li>duplicate: the same file bytes, or the same decoded samples, given twice;</li>
 * <li>transcript missing, or far too long/short for its audio: Han characters (Latin words count
 * 2) per second of trimmed audio outside [{@value #MIN_CHARS_PER_SECOND},
 * {@value #MAX_CHARS_PER_SECOND}] (read Mandarin is about 3-6 syllables a second);</li>
 * <li>total trimmed audio shorter than {@value #MIN_TOTAL_SECONDS} s or longer than
 * {@value #MAX_TOTAL_SECONDS} s.</li>
 * </ul>
 */
public final class EnrollmentAudio {
    public static final double SILENT_PEAK_DBFS = -45.0;
    public static final double MAX_CLIPPED_PERCENT = 0.1;
    public static final double MIN_SNR_DB = 15.0;
    public static final double MIN_CHARS_PER_SECOND = 1.0;
    public static final double MAX_CHARS_PER_SECOND = 9.0;
    public static final double MIN_TOTAL_SECONDS = 30.0;
    public static final double MAX_TOTAL_SECONDS = 600.0;

    private EnrollmentAudio() {
    }

    /**
     * Reads a transcript file: one line per recording, {@code ID<TAB>text} (or {@code ID text}), where
     * ID is the audio file's name with or without its extension; {@code #} lines and blank lines
     * are skipped.
     */
    public static Map<String, String> readTranscripts(Path file) throws EnrollmentException {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EnrollmentException(file + ": unreadable transcripts (UTF-8 expected): " + e.getMessage(), e);
        }
        int no = 0;
        for (String line : lines) {
            no++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int cut = l.indexOf('\t');
            if (cut < 0) {
                cut = l.indexOf(' ');
            }
            if (cut <= 0 || l.substring(cut).isBlank()) {
                throw new EnrollmentException(file + ":" + no + ": expected 'ID<TAB>transcript'");
            }
            out.put(stripExtension(l.substring(0, cut).strip()), l.substring(cut + 1).strip());
        }
        return out;
    }

    static String stripExtension(String name) {
        String n = name;
        for (String ext : new String[] { ".wav", ".flac", ".ogg", ".oga" }) {
            if (n.toLowerCase().endsWith(ext)) {
                return n.substring(0, n.length() - ext.length());
            }
        }
        return n;
    }

    /** Reads one file, mono at {@code rate}, trimmed and normalized (no gates). */
    public static AudioClip condition(Path file, int rate) throws EnrollmentException {
        AudioClip raw = AudioReader.read(file);
        return condition(raw, rate);
    }

    static AudioClip condition(AudioClip raw, int rate) {
        float[] x = Resampler.resample(raw.samples(), raw.sampleRate(), rate);
        x = AudioPrep.trim(x, rate, AudioPrep.TRIM_DB);
        return new AudioClip(AudioPrep.normalize(x, rate), rate);
    }

    /**
     * Reads, conditions and checks all files.
     *
     * @param transcripts by file id (name without extension); null to skip transcript checks (consent
     *     or zero-shot reference audio)
     * @param checkTotal whether to apply the total-duration gate
     */
    public static List<Utterance> load(List<Path> files, Map<String, String> transcripts, int rate,
            boolean checkTotal) throws EnrollmentException {
        List<String> problems = new ArrayList<>();
        List<Utterance> out = new ArrayList<>();
        Map<String, Path> byFileHash = new HashMap<>();
        Map<String, Path> byPcmHash = new HashMap<>();
        double total = 0;
        for (Path f : files) {
            String name = f.getFileName().toString();
            AudioClip raw;
            String sha;
            try {
                raw = AudioReader.read(f);
                sha = Hashing.sha256(f);
            } catch (EnrollmentException e) {
                problems.add(e.getMessage());
                continue;
            }
            Path dup = byFileHash.putIfAbsent(sha, f);
            String pcmSha = Hashing.sha256(raw.samples());
            Path dupPcm = byPcmHash.putIfAbsent(pcmSha, f);
            if (dup != null || dupPcm != null) {
                problems.add(name + ": duplicate of " + (dup != null ? dup : dupPcm).getFileName()
                        + " (same audio content)");
                continue;
            }
            double peakDb = 20 * Math.log10(Math.max(1e-9, AudioPrep.peak(raw.samples())));
            if (peakDb < SILENT_PEAK_DBFS) {
                problems.add(String.format("%s: silent (peak %.0f dBFS, below %.0f dBFS)", name, peakDb,
                        SILENT_PEAK_DBFS));
                continue;
            }
            double clipped = 100 * AudioPrep.clippedRatio(raw.samples());
            if (clipped > MAX_CLIPPED_PERCENT) {
                problems.add(String.format("%s: clipped (%.2f %% of samples at full scale, at most %.1f %% allowed):"
                        + " record again at a lower input level", name, clipped, MAX_CLIPPED_PERCENT));
            }
            double snr = AudioPrep.snrDb(raw.samples(), raw.sampleRate());
            if (snr < MIN_SNR_DB) {
                problems.add(String.format("%s: too noisy (estimated SNR %.1f dB, at least %.0f dB needed)", name, snr,
                        MIN_SNR_DB));
            }
            AudioClip clip = condition(raw, rate);
            total += clip.seconds();
            String id = stripExtension(name);
            String text = null;
            if (transcripts != null) {
                text = transcripts.get(id);
                if (text == null) {
                    problems.add(name + ": no transcript (expected a line '" + id + "<TAB>text')");
                } else {
                    double cps = spokenUnits(text) / Math.max(0.01, clip.seconds());
                    if (cps < MIN_CHARS_PER_SECOND || cps > MAX_CHARS_PER_SECOND) {
                        problems.add(String.format("%s: transcript is far too %s for its audio (%.1f characters per"
                                + " second over %.1f s; expected %.0f-%.0f)", name,
                                cps > MAX_CHARS_PER_SECOND ? "long" : "short", cps, clip.seconds(),
                                MIN_CHARS_PER_SECOND, MAX_CHARS_PER_SECOND));
                    }
                }
            }
            out.add(new Utterance(id, f, sha, clip, text));
        }
        if (checkTotal && problems.isEmpty()) {
            if (total < MIN_TOTAL_SECONDS) {
                problems.add(String.format("too short: %.1f s of speech after trimming, at least %.0f s needed", total,
                        MIN_TOTAL_SECONDS));
            } else if (total > MAX_TOTAL_SECONDS) {
                problems.add(String.format("too long: %.1f s of speech after trimming, at most %.0f s (10 min) allowed",
                        total, MAX_TOTAL_SECONDS));
            }
        }
        if (files.isEmpty()) {
            problems.add("no audio files given");
        }
        if (!problems.isEmpty()) {
            throw new QualityException(problems);
        }
        return out;
    }

    /** Han characters, plus 2 per Latin word or digit run (a rough syllable count). */
    static int spokenUnits(String text) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                n++;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp)) {
                if (!inWord) {
                    n += 2;
                }
                inWord = true;
            } else {
                inWord = false;
            }
            i += Character.charCount(cp);
        }
        return n;
    }

    /** Files of a folder (WAV, FLAC, Ogg by extension), sorted; or the given files themselves. */
    /** File names taken as audio when a folder is given. */
    static final java.util.regex.Pattern AUDIO_FILE = java.util.regex.Pattern.compile(".*\\.(wav|flac|ogg|oga)");

    public static List<Path> expand(List<Path> dirsOrFiles) throws EnrollmentException {
        List<Path> out = new ArrayList<>();
        for (Path p : dirsOrFiles) {
            if (Files.isDirectory(p)) {
                try (var s = Files.list(p)) {
                    s.filter(Files::isRegularFile).filter(f -> AUDIO_FILE.matcher(f.getFileName().toString()
                            .toLowerCase(java.util.Locale.ROOT)).matches()).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new EnrollmentException(p + ": unreadable folder: " + e.getMessage(), e);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    static MessageDigest sha() {
        return Hashing.digest();
    }
}
