package marytts.neural.clone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each quality gate on audio made in Java. */
class EnrollmentAudioTest {
    @TempDir
    Path tmp;

    private final Map<String, String> transcripts = new HashMap<>();

    private Path clip(String name, float[] x, int rate, int hanChars) throws Exception {
        transcripts.put(name, Signals.han(hanChars));
        return Signals.wav(tmp.resolve(name + ".wav"), x, rate);
    }

    private List<Path> goodSet(int files, double seconds) throws Exception {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            out.add(clip("good" + i, Signals.speechLike(seconds, 16000, 0.5, 50, i), 16000, (int) (seconds * 4)));
        }
        return out;
    }

    private String problems(List<Path> files) {
        QualityException e = assertThrows(QualityException.class,
                () -> EnrollmentAudio.load(files, transcripts, 16000, true));
        return e.getMessage();
    }

    @Test
    void acceptsFortySecondsOfCleanSpeechAndConditionsIt() throws Exception {
        List<Utterance> u = EnrollmentAudio.load(goodSet(4, 10), transcripts, 22050, true);
        assertEquals(4, u.size());
        for (Utterance x : u) {
            assertEquals(22050, x.audio().sampleRate());
            assertTrue(x.audio().seconds() < 10, "trimmed");
            assertTrue(x.sha256().matches("[0-9a-f]{64}"));
            assertTrue(AudioPrep.peak(x.audio().samples()) <= 0.9);
        }
    }

    @Test
    void refusesLessThanThirtySeconds() throws Exception {
        assertTrue(problems(goodSet(2, 10)).contains("too short"));
    }

    @Test
    void refusesMoreThanTenMinutes() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            files.add(clip("long" + i, Signals.speechLike(60, 8000, 0.5, 50, i), 8000, 240));
        }
        assertTrue(problems(files).contains("too long"));
    }

    @Test
    void refusesClippedAudio() throws Exception {
        List<Path> files = goodSet(4, 10);
        float[] x = Signals.speechLike(10, 16000, 3.0, 50, 9);
        files.add(clip("loud", x, 16000, 40));
        String m = problems(files);
        assertTrue(m.contains("loud.wav: clipped"), m);
    }

    @Test
    void refusesNoisyAudio() throws Exception {
        List<Path> files = goodSet(4, 10);
        files.add(clip("noisy", Signals.speechLike(10, 16000, 0.5, 8, 9), 16000, 40));
        String m = problems(files);
        assertTrue(m.contains("noisy.wav: too noisy"), m);
    }

    @Test
    void refusesSilence() throws Exception {
        List<Path> files = goodSet(4, 10);
        files.add(clip("quiet", Signals.noise(10, 16000, 0.0005, 1), 16000, 40));
        String m = problems(files);
        assertTrue(m.contains("quiet.wav: silent"), m);
    }

    @Test
    void refusesTheSameRecordingTwiceEvenUnderAnotherName() throws Exception {
        List<Path> files = goodSet(4, 10);
        Path copy = tmp.resolve("copy.wav");
        Files.copy(files.get(0), copy);
        transcripts.put("copy", transcripts.get("good0"));
        files.add(copy);
        String m = problems(files);
        assertTrue(m.contains("copy.wav: duplicate of good0.wav"), m);
    }

    @Test
    void refusesTranscriptsFarTooLongOrShort() throws Exception {
        List<Path> files = goodSet(4, 10);
        files.add(clip("wordy", Signals.speechLike(5, 16000, 0.5, 50, 5), 16000, 120));
        files.add(clip("terse", Signals.speechLike(10, 16000, 0.5, 50, 6), 16000, 3));
        String m = problems(files);
        assertTrue(m.contains("wordy.wav: transcript is far too long"), m);
        assertTrue(m.contains("terse.wav: transcript is far too short"), m);
    }

    @Test
    void refusesAudioWithoutTranscript() throws Exception {
        List<Path> files = goodSet(4, 10);
        files.add(Signals.wav(tmp.resolve("orphan.wav"), Signals.speechLike(10, 16000, 0.5, 50, 8), 16000));
        assertTrue(problems(files).contains("orphan.wav: no transcript"));
    }

    @Test
    void refusesNonAudioAmongGoodFilesWithoutStackTrace() throws Exception {
        List<Path> files = goodSet(4, 10);
        files.add(Files.writeString(tmp.resolve("notes.wav"), "hello"));
        String m = problems(files);
        assertTrue(m.contains("notes.wav: not audio"), m);
        assertTrue(!m.contains("\n") && !m.contains("Exception"), m);
    }

    @Test
    void trimsLeadingAndTrailingSilenceAndSplitsOnPauses() {
        int rate = 16000;
        float[] x = new float[rate * 3];
        for (int i = rate / 2; i < rate; i++) {
            x[i] = (float) (0.5 * Math.sin(i * 0.1));
        }
        for (int i = 2 * rate; i < 5 * rate / 2; i++) {
            x[i] = (float) (0.5 * Math.sin(i * 0.1));
        }
        float[] t = AudioPrep.trim(x, rate, 30);
        assertEquals(2.0, t.length / (double) rate, 0.05);
        List<int[]> seg = AudioPrep.segments(t, rate);
        assertEquals(2, seg.size());
    }

    @Test
    void readsTranscriptLinesByFileId() throws Exception {
        Path f = Files.writeString(tmp.resolve("t.txt"), "# comment\nutt1.wav\t你好。\nutt2 世界\n");
        Map<String, String> t = EnrollmentAudio.readTranscripts(f);
        assertEquals("你好。", t.get("utt1"));
        assertEquals("世界", t.get("utt2"));
    }
}
