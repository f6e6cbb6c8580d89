package marytts.zh.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import marytts.neural.clone.Watermark;
import marytts.neural.clone.WatermarkDetector;
import marytts.neural.clone.WatermarkPayload;

/**
 * The watermark's payload read back from what a clone really sounds like: the demo voice's speech
 * (Griffin-Lim, nothing above 8 kHz), marked with payloads drawn at random. Synthetic test signals
 * and espeak-ng speech read every payload even with the detector's first decoder, while on this
 * speech it lost 91 of 300 clips of 3-8 s, and 1 of these 12 (the CRC failed where a lobe next to a
 * payload peak won); a clone's payload holds the hour, so which payload a clone sends changes every
 * hour.
 */
class DemoVoiceWatermarkIT {
    @TempDir
    Path tmp;

    @Test
    void payloadsDrawnAtRandomAreReadFromDemoVoiceSpeech() throws Exception {
        Path base = SharedMaryServer.baseWithDemoVoice(tmp);
        Wav wav;
        SharedMaryServer server = SharedMaryServer.startOn(base, List.of());
        try {
            Map<String, String> p = new LinkedHashMap<>();
            p.put("INPUT_TEXT", "今天天气很好，我们去公园散步吧。明天下午三点在会议室开会，请大家准时参加。");
            p.put("INPUT_TYPE", "TEXT");
            p.put("OUTPUT_TYPE", "AUDIO");
            p.put("LOCALE", "zh_CN");
            p.put("VOICE", "zh-demo");
            p.put("AUDIO", "WAVE_FILE");
            SharedMaryServer.Response r = server.post("/process", p);
            assertEquals(200, r.status(), r.text());
            wav = Wav.parse(r.body());
        } finally {
            server.stop();
        }
        int rate = wav.sampleRate();
        float[] speech = new float[wav.samples().length];
        for (int i = 0; i < speech.length; i++) {
            speech[i] = wav.samples()[i] / 32768f;
        }
        assertTrue(speech.length > 6 * rate, "enough speech: " + wav.seconds() + " s");
        Random r = new Random(17);
        int trials = 12;
        int read = 0;
        for (int t = 0; t < trials; t++) {
            WatermarkPayload payload = new WatermarkPayload(r.nextInt(1 << 24), r.nextInt(1 << 18));
            int from = r.nextInt(speech.length - 5 * rate);
            float[] clip = Arrays.copyOfRange(speech, from, from + 5 * rate);
            float[] marked = new Watermark("it-key", Watermark.DEFAULT_STRENGTH, payload).apply(clip, rate,
                    r.nextInt(1_000_000));
            WatermarkDetector.Result d = WatermarkDetector.detect(marked, rate, "it-key");
            assertTrue(d.present(), "mark found, z " + d.z());
            assertTrue(d.payload().isEmpty() || d.payload().get().equals(payload), "a payload is right or unreadable");
            read += d.payload().isPresent() ? 1 : 0;
        }
        System.out.println("payloads read from 5 s clips of demo-voice speech: " + read + "/" + trials);
        assertEquals(trials, read, "payloads read from 5 s clips of demo-voice speech");
    }
}
