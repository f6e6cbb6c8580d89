package marytts.zh.installer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;

import marytts.neural.clone.AudioClip;
import marytts.neural.clone.AudioReader;
import marytts.neural.clone.CloneService;
import marytts.neural.clone.EnrollmentException;
import marytts.neural.clone.Watermark;
import marytts.neural.clone.WatermarkDetector;
import marytts.neural.clone.WatermarkPayload;

/**
 * {@code detect FILE}: looks for the cloned-voice watermark in a WAV, AU, FLAC or Ogg Vorbis file and
 * prints one line: presence, score and threshold, and the payload (voice and hour of synthesis) or
 * "payload unreadable". Exit 0: found; 1: not found; 2: usage error or the file is not readable
 * audio.
 */
public final class DetectCommand implements Command {
    @Override
    public String name() {
        return "detect";
    }

    @Override
    public String summary() {
        return "look for the cloned-voice watermark in an audio file and read its voice and time (exit 0 found, 1 not found)";
    }

    @Override
    public String usage() {
        return "usage: voice-admin [--base DIR] detect FILE\n"
                + "Looks for the inaudible watermark that every output of a cloned voice carries, in a WAV, AU, FLAC\n"
                + "or Ogg Vorbis file (any sample rate; channels are mixed), and prints one line: found or not, the\n"
                + "score (z: the best correlation with the keyed sync sequence in standard deviations of all lags),\n"
                + "the threshold (" + WatermarkDetector.THRESHOLD + ") and, when found, the payload: the voice and the\n"
                + "hour of synthesis (ISO-8601, UTC; the hour's start), or 'payload unreadable' when the audio is too\n"
                + "short or damaged to read it with certainty (the payload is CRC-checked; a few likely readings are\n"
                + "tried, and a wrong one passes the check with chance 1/1024).\n"
                + "The voice is stored as a 24-bit hash of its name; it is shown by name when a voice of that\n"
                + "name is under MARY_BASE (--base; cloned voices, and revoked ones from MARY_BASE/consent/\n"
                + "revoked-voices), else as 'voice hash XXXXXX'. Presence needs at least "
                + String.format(Locale.ROOT, "%.2f", 2.0 * Watermark.PERIOD / Watermark.CHIP_RATE)
                + " s of audio, a few seconds\n"
                + "of speech give a clear score; the payload needs about 3 s of clean speech (more under noise).\n"
                + "A cloned voice's audio is never served from the server's audio cache: each output has its own hour.\n"
                + "The key is the server's: -Dmary.clone.watermark.key (set it in JAVA_OPTS; default: the public\n"
                + "built-in key).\n"
                + "Exit codes: 0 watermark found (payload read or not), 1 not found, 2 usage error or not readable\n"
                + "audio.";
    }

    @Override
    public boolean needsBase() {
        return false;
    }

    @Override
    public int run(Args args, Context ctx) throws UsageException {
        String file = args.expect(1, 1, "FILE").get(0);
        AudioClip clip;
        try {
            clip = AudioReader.read(Paths.get(file));
        } catch (EnrollmentException e) {
            ctx.err().println("voice-admin: detect: " + DjlLoadTester.oneLine(e.getMessage()));
            return ExitCodes.USAGE;
        }
        WatermarkDetector.Result r = WatermarkDetector.detect(clip.samples(), clip.sampleRate());
        double needed = 2.0 * Watermark.PERIOD / Watermark.CHIP_RATE;
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "%s: score %.2f, threshold %.2f (%s, %.2f s at %d Hz)", r.present() ? "watermark found" : "no watermark",
                r.z(), WatermarkDetector.THRESHOLD, file, clip.seconds(), clip.sampleRate()));
        if (clip.seconds() < needed) {
            line.append(String.format(Locale.ROOT, "; too short to tell: at least %.2f s needed", needed));
        }
        if (r.present()) {
            if (r.payload().isPresent()) {
                WatermarkPayload p = r.payload().get();
                line.append("; ").append(voice(p, ctx.base())).append(", time ").append(p.time())
                        .append(" (UTC, hour of synthesis)");
            } else {
                line.append(String.format(Locale.ROOT,
                        "; payload unreadable (weakest symbol z %.2f, needs %.2f and a matching CRC; longer or cleaner"
                                + " audio helps)", r.payloadZ(), WatermarkDetector.PAYLOAD_FLOOR));
            }
        }
        ctx.out().println(line);
        return r.present() ? ExitCodes.OK : ExitCodes.FAILED;
    }

    /** "voice NAME (hash XXXXXX)" when a known voice has that hash, else "voice hash XXXXXX (...)". */
    static String voice(WatermarkPayload p, MaryBase base) {
        if (base == null) {
            return "voice hash " + p.voiceHex() + " (pass --base to show its name)";
        }
        List<String> names = new ArrayList<>();
        for (String n : knownVoices(base)) {
            if (WatermarkPayload.voiceHash(n) == p.voiceHash()) {
                names.add(n);
            }
        }
        if (names.isEmpty()) {
            return "voice hash " + p.voiceHex() + " (no voice of that name under " + base.root() + ")";
        }
        return "voice " + String.join(" or ", names) + " (hash " + p.voiceHex() + ")";
    }

    /** Voices under MARY_BASE/neural-voices and those named in the revoked-voices record. */
    static TreeSet<String> knownVoices(MaryBase base) {
        TreeSet<String> names = new TreeSet<>();
        if (Files.isDirectory(base.neuralVoices())) {
            try (Stream<Path> s = Files.list(base.neuralVoices())) {
                s.filter(Files::isDirectory).forEach(d -> names.add(d.getFileName().toString()));
            } catch (IOException ignored) {
                // an unlistable folder resolves nothing
            }
        }
        Path revoked = CloneService.revokedVoicesList(base.neuralVoices());
        if (Files.isRegularFile(revoked)) {
            try {
                for (String l : Files.readAllLines(revoked, StandardCharsets.UTF_8)) {
                    String n = l.split("\t", 2)[0].strip();
                    if (!n.isEmpty()) {
                        names.add(n);
                    }
                }
            } catch (IOException ignored) {
                // unreadable record: names stay unresolved
            }
        }
        return names;
    }
}
