package marytts.neural.clone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decoding of the committed fixtures (made by make_fixtures.sh with espeak-ng and sox). */
class AudioReaderTest {
    @TempDir
    Path tmp;

    static Path fixture(String name) throws Exception {
        return Paths.get(AudioReaderTest.class.getResource("/marytts/neural/clone/" + name).toURI());
    }

    @Test
    void readsWavAtItsOwnRate() throws Exception {
        AudioClip c = AudioReader.read(fixture("speech.wav"));
        assertEquals(16000, c.sampleRate());
        assertEquals(1.2, c.seconds(), 0.01);
        assertTrue(AudioPrep.peak(c.samples()) > 0.05);
    }

    @Test
    void readsStereoFlacAsMonoAndResamplesToTheWavsRate() throws Exception {
        AudioClip flac = AudioReader.read(fixture("speech.flac"));
        assertEquals(22050, flac.sampleRate());
        assertEquals(1.2, flac.seconds(), 0.01);
        float[] back = Resampler.resample(flac.samples(), 22050, 16000);
        float[] wav = AudioReader.read(fixture("speech.wav")).samples();
        double r = Signals.correlation(back, wav);
        assertTrue(r > 0.98, "correlation " + r);
    }

    @Test
    void readsAuAsAMaryTtsServerStreamsIt() throws Exception {
        // AUDIO=AU_STREAM: big-endian 16-bit PCM in a .snd container whose data size is "unknown"
        java.io.File wav = fixture("speech.wav").toFile();
        Path au = tmp.resolve("out.au");
        try (javax.sound.sampled.AudioInputStream in = javax.sound.sampled.AudioSystem.getAudioInputStream(wav)) {
            javax.sound.sampled.AudioInputStream unknownLength = new javax.sound.sampled.AudioInputStream(in,
                    in.getFormat(), javax.sound.sampled.AudioSystem.NOT_SPECIFIED);
            javax.sound.sampled.AudioSystem.write(unknownLength, javax.sound.sampled.AudioFileFormat.Type.AU,
                    au.toFile());
        }
        assertEquals(".snd", new String(Files.readAllBytes(au), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        AudioClip c = AudioReader.read(au);
        assertEquals(16000, c.sampleRate());
        double r = Signals.correlation(c.samples(), AudioReader.read(fixture("speech.wav")).samples());
        assertTrue(r > 0.999, "correlation " + r);
    }

    @Test
    void readsOggVorbis() throws Exception {
        AudioClip ogg = AudioReader.read(fixture("speech.ogg"));
        assertEquals(16000, ogg.sampleRate());
        assertEquals(1.2, ogg.seconds(), 0.05);
        float[] wav = AudioReader.read(fixture("speech.wav")).samples();
        double r = Signals.correlation(ogg.samples(), wav);
        assertTrue(r > 0.8, "correlation " + r);
    }

    @Test
    void readsAShortOggVorbisFileToTheEnd() throws Exception {
        AudioClip ogg = AudioReader.read(fixture("speech-short.ogg"));
        assertEquals(44100, ogg.sampleRate());
        assertEquals(0.25, ogg.seconds(), 0.01);
        float[] back = Resampler.resample(ogg.samples(), 44100, 16000);
        float[] wav = AudioReader.read(fixture("speech.wav")).samples();
        float[] section = java.util.Arrays.copyOfRange(wav, (int) (0.3 * 16000), (int) (0.3 * 16000) + back.length);
        double r = Signals.correlation(back, section);
        assertTrue(r > 0.8, "correlation " + r);
    }

    @Test
    void refusesOggWithBrokenHeadersInOneLine() throws Exception {
        byte[] all = Files.readAllBytes(fixture("speech.ogg"));
        Path cut = Files.write(tmp.resolve("cut.ogg"), java.util.Arrays.copyOf(all, 40));
        EnrollmentException e = assertThrows(EnrollmentException.class, () -> AudioReader.read(cut));
        assertTrue(e.getMessage().contains("cut.ogg") && e.getMessage().contains("Vorbis headers"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        byte[] garbage = all.clone();
        for (int i = 28; i < garbage.length; i++) {
            garbage[i] = (byte) (i * 31);
        }
        Path bad = Files.write(tmp.resolve("bad.ogg"), garbage);
        e = assertThrows(EnrollmentException.class, () -> AudioReader.read(bad));
        assertTrue(e.getMessage().contains("bad.ogg"), e.getMessage());
    }

    @Test
    void refusesOggCutInsideItsOnlyAudioPage() throws Exception {
        byte[] all = Files.readAllBytes(fixture("speech.ogg")); // headers, then one page of audio
        Path cut = Files.write(tmp.resolve("half.ogg"), java.util.Arrays.copyOf(all, all.length * 2 / 3));
        EnrollmentException e = assertThrows(EnrollmentException.class, () -> AudioReader.read(cut));
        assertTrue(e.getMessage().contains("half.ogg") && e.getMessage().contains("without audio"), e.getMessage());
    }

    @Test
    void refusesTextWithAnAudioNameInOneLine() throws Exception {
        EnrollmentException e = assertThrows(EnrollmentException.class, () -> AudioReader.read(fixture("not-audio.wav")));
        assertTrue(e.getMessage().contains("not audio"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void refusesTruncatedFlac() throws Exception {
        byte[] all = Files.readAllBytes(fixture("speech.flac"));
        Path cut = Files.write(tmp.resolve("cut.flac"), java.util.Arrays.copyOf(all, 30));
        EnrollmentException e = assertThrows(EnrollmentException.class, () -> AudioReader.read(cut));
        assertTrue(e.getMessage().contains("cut.flac"), e.getMessage());
    }

    @Test
    void resamplingKeepsATonesFrequencyAndLevel() {
        int from = 22050;
        float[] x = new float[from];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (0.5 * Math.sin(2 * Math.PI * 440 * i / from));
        }
        float[] y = Resampler.resample(x, from, 16000);
        assertEquals(16000, y.length);
        double best = 0;
        for (int i = 1000; i < 15000; i++) {
            best = Math.max(best, Math.abs(y[i]));
        }
        assertEquals(0.5, best, 0.01);
        int crossings = 0;
        for (int i = 1; i < y.length; i++) {
            if (y[i - 1] < 0 && y[i] >= 0) {
                crossings++;
            }
        }
        assertEquals(440, crossings, 2);
    }
}
