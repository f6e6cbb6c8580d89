package marytts.zh.installer;

import java.nio.file.Paths;
import java.util.Locale;

import marytts.neural.clone.AudioClip;
import marytts.neural.clone.AudioReader;
import marytts.neural.clone.EnrollmentException;
import marytts.neural.clone.Watermark;
import marytts.neural.clone.WatermarkDetector;

/**
 * {@code detect FILE}: looks for the cloned-voice watermark in a WAV, FLAC or Ogg Vorbis file and
 * prints one line with the score and the threshold. Exit 0: found; 1: not found; 2: usage error or
 * the file is not readable audio.
 */
public final class DetectCommand implements Command {
    @Override
    public String name() {
        return "detect";
    }

    @Override
    public String summary() {
        return "look for the cloned-voice watermark in an audio file (exit 0 found, 1 not found)";
    }

    @Override
    public String usage() {
        return "usage: voice-admin detect FILE\n"
                + "Looks for the inaudible watermark that every output of a cloned voice carries, in a WAV, FLAC or\n"
                + "Ogg Vorbis file (any sample rate; channels are mixed), and prints one line: found or not, the\n"
                + "score (z: the best correlation with the keyed sequence in standard deviations of all lags) and\n"
                + "the threshold (" + WatermarkDetector.THRESHOLD + "). The mark carries presence only: no voice id\n"
                + "or time. It needs at least " + String.format(Locale.ROOT, "%.2f", 2.0 * Watermark.PERIOD
                        / Watermark.CHIP_RATE) + " s of audio; a few seconds of speech give a clear score.\n"
                + "The key is the server's: -Dmary.clone.watermark.key (set it in JAVA_OPTS; default: the public\n"
                + "built-in key).\n"
                + "Exit codes: 0 watermark found, 1 not found, 2 usage error or not readable audio.";
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
        ctx.out().println(String.format(Locale.ROOT, "%s: score %.2f, threshold %.2f (%s, %.2f s at %d Hz)%s",
                r.present() ? "watermark found" : "no watermark", r.z(), WatermarkDetector.THRESHOLD, file,
                clip.seconds(), clip.sampleRate(), clip.seconds() < needed
                        ? String.format(Locale.ROOT, "; too short to tell: at least %.2f s needed", needed) : ""));
        return r.present() ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
