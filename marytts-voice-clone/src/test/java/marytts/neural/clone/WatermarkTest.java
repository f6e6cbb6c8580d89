package marytts.neural.clone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Detection and payload in marked audio, none in clean audio, robustness, the CRC, and the mark's SNR. */
class WatermarkTest {
    private static final WatermarkPayload PAYLOAD = WatermarkPayload.of("anna-clone",
            java.time.Instant.parse("2025-06-01T12:34:56Z"));
    private final Watermark mark = new Watermark("test-key", Watermark.DEFAULT_STRENGTH, PAYLOAD);

    private static float[] speech(double seconds, int rate, long seed) {
        return Signals.speechLike(seconds, rate, 0.5, 50, seed);
    }

    private static float[] quantize(float[] x, int bits) {
        double q = Math.pow(2, bits - 1) - 1;
        float[] y = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = (float) (Math.round(x[i] * q) / q);
        }
        return y;
    }

    private static float[] addNoise(float[] x, double snrDb, long seed) {
        double p = 0;
        for (float v : x) {
            p += v * v;
        }
        double rms = Math.sqrt(p / x.length) * Math.pow(10, -snrDb / 20);
        Random r = new Random(seed);
        float[] y = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = (float) (x[i] + r.nextGaussian() * rms);
        }
        return y;
    }

    private static float[] gain(float[] x, double db) {
        float[] y = new float[x.length];
        double g = Math.pow(10, db / 20);
        for (int i = 0; i < x.length; i++) {
            y[i] = (float) Math.max(-1, Math.min(1, x[i] * g));
        }
        return y;
    }

    private static double snrDb(float[] clean, float[] marked) {
        double s = 0;
        double n = 0;
        for (int i = 0; i < clean.length; i++) {
            s += clean[i] * (double) clean[i];
            n += (marked[i] - clean[i]) * (double) (marked[i] - clean[i]);
        }
        return 10 * Math.log10(s / n);
    }

    private boolean found(float[] x, int rate) {
        return WatermarkDetector.detect(x, rate, "test-key").present();
    }

    @Test
    void markIsAbout30dBBelowTheSpeech() {
        float[] x = speech(6, 16000, 1);
        double snr = snrDb(x, mark.apply(x, 16000, 0));
        System.out.printf("watermark SNR %.1f dB%n", snr);
        assertTrue(snr > 29 && snr < 32, "SNR " + snr);
    }

    @Test
    void detectsTheMarkAfterCommonTransformations() {
        int trials = 20;
        int[] hits = new int[8];
        int[] read = new int[8];
        String[] names = { "clean", "16-bit", "8-bit", "+6 dB", "-6 dB", "noise 20 dB", "crop 3 s",
                "22.05 kHz -> 16 kHz" };
        double minZ = Double.MAX_VALUE;
        for (int t = 0; t < trials; t++) {
            float[] x = speech(6, 16000, 100 + t);
            float[] m = mark.apply(x, 16000, 12345L * t);
            float[] at22 = mark.apply(speech(6, 22050, 300 + t), 22050, 777L * t);
            float[][] variants = { m, quantize(m, 16), quantize(m, 8), gain(m, 6), gain(m, -6), addNoise(m, 20, t),
                    java.util.Arrays.copyOfRange(m, 16000, 16000 + 48000),
                    Resampler.resample(at22, 22050, 16000) };
            for (int k = 0; k < variants.length; k++) {
                WatermarkDetector.Result r = WatermarkDetector.detect(variants[k], 16000, "test-key");
                minZ = Math.min(minZ, r.z());
                if (r.present()) {
                    hits[k]++;
                }
                if (r.payload().isPresent()) {
                    assertEquals(PAYLOAD, r.payload().get(), names[k] + ": a payload is right or unreadable");
                    read[k]++;
                }
            }
        }
        StringBuilder sb = new StringBuilder("watermark detection over " + trials + " clips:");
        for (int k = 0; k < names.length; k++) {
            sb.append(String.format(" %s %d/%d (payload %d);", names[k], hits[k], trials, read[k]));
        }
        System.out.println(sb + String.format(" lowest z %.1f", minZ));
        for (int k = 0; k < names.length; k++) {
            assertTrue(hits[k] == trials, names[k] + ": " + hits[k] + "/" + trials);
            assertTrue(read[k] >= trials - 1, names[k] + ": payload " + read[k] + "/" + trials);
        }
    }

    @Test
    void findsNoMarkInCleanAudioOrWithAnotherKey() {
        int trials = 200;
        int falsePositives = 0;
        double maxZ = 0;
        for (int t = 0; t < trials; t++) {
            float[] x = t % 2 == 0 ? speech(4, 16000, 1000 + t) : Signals.noise(4, 16000, 0.1, t);
            WatermarkDetector.Result r = WatermarkDetector.detect(x, 16000, "test-key");
            maxZ = Math.max(maxZ, r.z());
            if (r.present()) {
                falsePositives++;
            }
        }
        System.out.printf("watermark false positives %d/%d on unmarked audio, highest z %.2f%n", falsePositives, trials,
                maxZ);
        assertTrue(falsePositives == 0);
        float[] m = mark.apply(speech(6, 16000, 5), 16000, 0);
        assertFalse(WatermarkDetector.detect(m, 16000, "another-key").present());
        assertTrue(found(m, 16000));
    }

    @Test
    void chunksMarkedOneAfterAnotherFormOneMark() {
        float[] x = speech(6, 16000, 9);
        float[] a = mark.apply(java.util.Arrays.copyOfRange(x, 0, 30000), 16000, 0);
        float[] b = mark.apply(java.util.Arrays.copyOfRange(x, 30000, x.length), 16000, 30000);
        float[] joined = new float[x.length];
        System.arraycopy(a, 0, joined, 0, a.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        assertTrue(found(java.util.Arrays.copyOfRange(joined, 20000, 68000), 16000));
    }

    @Test
    void leavesDigitalSilenceSilent() {
        float[] y = mark.apply(new float[16000], 16000, 0);
        for (float v : y) {
            assertTrue(v == 0f);
        }
    }

    @Test
    void payloadRoundTripsThroughTheMark() {
        WatermarkPayload p = WatermarkPayload.of("bo-li", java.time.Instant.parse("2031-12-24T23:59:59Z"));
        assertEquals(java.time.Instant.parse("2031-12-24T23:00:00Z"), p.time());
        assertEquals(p, WatermarkPayload.decode(p.symbols()).orElseThrow());
        float[] x = speech(4, 22050, 77);
        WatermarkDetector.Result r = WatermarkDetector.detect(
                new Watermark("test-key", Watermark.DEFAULT_STRENGTH, p).apply(x, 22050, 98765), 22050, "test-key");
        assertTrue(r.present(), "z " + r.z());
        assertEquals(p, r.payload().orElseThrow(() -> new AssertionError("payload unreadable, z " + r.payloadZ())));
        assertEquals(WatermarkPayload.voiceHash("bo-li"), r.payload().get().voiceHash());
        // times before the epoch and after the last hour are clamped, not wrapped
        assertEquals(0, WatermarkPayload.of("v", java.time.Instant.parse("2020-01-01T00:00:00Z")).hour());
        assertEquals((1 << 18) - 1, WatermarkPayload.of("v", java.time.Instant.parse("2100-01-01T00:00:00Z")).hour());
    }

    @Test
    void theCrcRejectsEveryCorruptedPayload() {
        int[] good = PAYLOAD.symbols();
        Random r = new Random(3);
        int accepted = 0;
        for (int s = 0; s < good.length; s++) {
            for (int bit = 0; bit < WatermarkPayload.SYMBOL_BITS; bit++) {
                int[] bad = good.clone();
                bad[s] ^= 1 << bit;
                assertTrue(WatermarkPayload.decode(bad).isEmpty(), "one flipped bit in symbol " + s);
            }
        }
        // a wrongly decoded symbol is a random 13-bit value: the CRC passes about 1 in 1024 of those
        int trials = 20000;
        for (int t = 0; t < trials; t++) {
            int[] bad = good.clone();
            int s = r.nextInt(bad.length);
            int v = r.nextInt(1 << WatermarkPayload.SYMBOL_BITS);
            if (v == bad[s]) {
                continue;
            }
            bad[s] = v;
            if (WatermarkPayload.decode(bad).isPresent()) {
                accepted++;
            }
        }
        assertTrue(accepted < trials / 300, "random corruptions accepted: " + accepted + "/" + trials);
        assertTrue(WatermarkPayload.decode(new int[] { 1, 2, 3 }).isEmpty());
    }

    @Test
    void aNearlyTiedRivalReadingIsTriedWhenTheBestReadingsFailTheCrc() {
        int[] good = PAYLOAD.symbols();
        // symbol 2's best reading is the sign-flipped neighbour lobe (shift + 1, other sign), the
        // true one 2 % lower: the first combination fails the CRC, the second is the payload
        int wrong = ((good[2] & 4095) + 1) % 4096 | (~good[2] & 4096);
        double[][] readings = { { good[0], 9.0 }, { good[1], 8.0 }, { wrong, 7.0, good[2], 6.86 }, { good[3], 7.5 } };
        assertEquals(PAYLOAD, WatermarkDetector.decode(readings).orElseThrow());
        // a rival under the payload floor is never tried, and a lone wrong reading is never guessed
        readings[2] = new double[] { wrong, 4.6, good[2], WatermarkDetector.PAYLOAD_FLOOR - 0.1 };
        assertTrue(WatermarkDetector.decode(readings).isEmpty());
        readings[2] = new double[] { wrong, 7.0 };
        assertTrue(WatermarkDetector.decode(readings).isEmpty());
        // where the best readings pass, they win over any rival
        readings[2] = new double[] { good[2], 7.0, wrong, 6.9 };
        assertEquals(PAYLOAD, WatermarkDetector.decode(readings).orElseThrow());
        // the third reading of a symbol (the lobe two shifts away) is tried too
        int twoAway = ((good[1] & 4095) + 2) % 4096 | (good[1] & 4096);
        readings[1] = new double[] { wrong, 8.0, twoAway, 7.9, good[1], 7.8 };
        assertEquals(PAYLOAD, WatermarkDetector.decode(readings).orElseThrow());
    }

    @Test
    void anotherKeyFindsNeitherMarkNorPayload() {
        float[] m = mark.apply(speech(6, 16000, 15), 16000, 4242);
        WatermarkDetector.Result r = WatermarkDetector.detect(m, 16000, "wrong-key");
        assertFalse(r.present(), "z " + r.z());
        assertTrue(r.payload().isEmpty());
    }
}
