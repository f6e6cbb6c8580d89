package marytts.zh.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import marytts.zh.installer.Services;
import marytts.zh.installer.VoiceAdminMain;

/**
 * A cloned voice over AU_STREAM: enrolled with voice-admin from the demo voice's speech, served by
 * a server of its own, streamed in several pieces (one MaryTTS request each), and the mark, which
 * must run on unbroken across the pieces, is found in what the client received, naming the clone.
 */
class CloneStreamingIT {
    private static final String[] LINES = { "我们今天一起去公园散步，看见很多花朵开放，天气非常晴朗，大家都很高兴。",
            "小明每天早上七点起床，先跑步半小时，然后吃早饭，再坐公交车去学校上课。", "这本书讲的是一个老人和大海的故事，语言简单，却让人久久不能忘怀。",
            "请把窗户打开一点，屋里有些闷热，我们需要新鲜的空气来提提神。", "周末的时候，我们常常去图书馆看书，或者在家里做饭聊天。",
            "春天来了，河边的柳树发出了新芽，孩子们在草地上放风筝。" };

    @TempDir
    Path tmp;

    private static Map<String, String> request(String text, String voice, String audio) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("INPUT_TEXT", text);
        p.put("INPUT_TYPE", "TEXT");
        p.put("OUTPUT_TYPE", "AUDIO");
        p.put("LOCALE", "zh_CN");
        p.put("VOICE", voice);
        p.put("AUDIO", audio);
        return p;
    }

    private static String admin(int expectedRc, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = VoiceAdminMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Services.defaults());
        String all = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        assertEquals(expectedRc, rc, all);
        return all;
    }

    @Test
    void clonedVoiceStreamsInPiecesWithOneUnbrokenWatermark() throws Exception {
        // the demo voice speaks the enrollment recordings: the tiny test voice's output is too noisy
        // for enrollment's quality checks
        Path base = SharedMaryServer.baseWithDemoVoice(tmp);
        Path audio = Files.createDirectories(tmp.resolve("audio"));
        StringBuilder transcripts = new StringBuilder();
        Path consentFile = tmp.resolve("consent.wav");
        SharedMaryServer speaker = SharedMaryServer.startOn(base, List.of());
        try {
            for (int i = 0; i < LINES.length; i++) {
                SharedMaryServer.Response r = speaker.post("/process", request(LINES[i], "zh-demo", "WAVE_FILE"));
                assertEquals(200, r.status(), r.text());
                Files.write(audio.resolve("s" + i + ".wav"), r.body());
                transcripts.append("s").append(i).append('\t').append(LINES[i]).append('\n');
            }
            Files.write(consentFile, speaker.post("/process",
                    request("我同意为这个服务器制作我的声音的合成副本。", "zh-demo", "WAVE_FILE")).body());
        } finally {
            speaker.stop();
        }
        Path transcriptFile = Files.writeString(tmp.resolve("transcripts.txt"), transcripts.toString());

        String steps = System.getProperty("mary.clone.adapt.steps");
        System.setProperty("mary.clone.adapt.steps", "3"); // the streaming is under test, not the fit
        try {
            admin(0, "--base", base.toString(), "enroll", "--name", "li-lei", "--audio", audio.toString(),
                    "--transcripts", transcriptFile.toString(), "--consent-audio", consentFile.toString(), "--speaker",
                    "Li Lei", "--agreed", "I agree to a synthetic copy of my voice for this server.");
        } finally {
            if (steps == null) {
                System.clearProperty("mary.clone.adapt.steps");
            } else {
                System.setProperty("mary.clone.adapt.steps", steps);
            }
        }

        SharedMaryServer server = SharedMaryServer.startOn(base, List.of());
        try {
            String text = String.join("", LINES) + String.join("", LINES);
            SharedMaryServer.Response r = server.post("/process", request(text, "li-lei", "AU_STREAM"));
            assertEquals(200, r.status(), r.text());
            java.util.regex.Matcher pieces = java.util.regex.Pattern.compile("streaming in ([0-9]+) pieces")
                    .matcher(server.log());
            assertTrue(pieces.find() && Integer.parseInt(pieces.group(1)) > 1,
                    "a clone's long text is streamed in several pieces: " + server.log());
            Path received = Files.write(tmp.resolve("received.au"), r.body()); // as the client got it
            String detect = admin(0, "--base", base.toString(), "detect", received.toString());
            assertTrue(detect.startsWith("watermark found"), detect);
            assertTrue(detect.contains("li-lei"), "the payload names the clone: " + detect);
            assertOneContinuousMark(r.body());

            // effects run after the mark and some wipe it out (Robot: score 18 -> under 4): refused
            // for the clone, whether asked by parameter or by MaryXML attribute; other voices keep them
            Map<String, String> robot = request("你好。", "li-lei", "WAVE_FILE");
            robot.put("effect_Robot_selected", "on");
            robot.put("effect_Robot_parameters", "amount:100.0");
            SharedMaryServer.Response refused = server.post("/process", robot);
            assertEquals(400, refused.status(), refused.text());
            assertTrue(refused.text().contains("cloned voice 'li-lei'") && refused.text().contains("Robot"),
                    refused.text());
            robot.put("VOICE", "zh-demo");
            assertEquals(200, server.post("/process", robot).status(), "effects stay for other voices");
            Map<String, String> xml = request("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<maryxml version=\"0.5\" xmlns=\"http://mary.dfki.de/2002/MaryXML\" xml:lang=\"zh-CN\">"
                    + "<voice name=\"li-lei\" effect=\"Whisper(amount:100.0)\">你好。</voice></maryxml>", "li-lei",
                    "WAVE_FILE");
            xml.put("INPUT_TYPE", "RAWMARYXML");
            SharedMaryServer.Response xmlRefused = server.post("/process", xml);
            assertEquals(400, xmlRefused.status(), xmlRefused.text());
            assertTrue(xmlRefused.text().contains("effect attributes"), xmlRefused.text());
        } finally {
            server.stop();
        }
    }

    /**
     * The mark runs on unbroken across the pieces: in consecutive windows of 8 s the sync lag moves
     * by exactly the window's length in chips. A mark restarted with each piece (each MaryTTS
     * request) jumps to another lag where a piece begins.
     */
    private static void assertOneContinuousMark(byte[] au) {
        java.nio.ByteBuffer h = java.nio.ByteBuffer.wrap(au);
        int offset = h.getInt(4);
        int rate = h.getInt(16);
        float[] x = new float[(au.length - offset) / 2];
        for (int i = 0; i < x.length; i++) {
            x[i] = h.getShort(offset + 2 * i) / 32768f;
        }
        int window = 8 * rate;
        int period = marytts.neural.clone.Watermark.PERIOD;
        long chipsPerWindow = (long) window * marytts.neural.clone.Watermark.CHIP_RATE / rate;
        int first = -1;
        int windows = 0;
        for (int start = 0; start + window <= x.length; start += window, windows++) {
            var found = marytts.neural.clone.WatermarkDetector.detect(java.util.Arrays.copyOfRange(x, start, start + window),
                    rate);
            assertTrue(found.present(), "mark in the window at " + start / rate + " s: z " + found.z());
            if (first < 0) {
                first = found.lag();
            }
            int expected = (int) Math.floorMod(first - windows * chipsPerWindow, (long) period);
            int off = Math.floorMod(found.lag() - expected + period / 2, period) - period / 2;
            assertTrue(Math.abs(off) <= 2, "window at " + start / rate + " s: lag " + found.lag() + ", a continuous mark has "
                    + expected);
        }
        assertTrue(windows >= 8, "the stream is long enough to span the pieces: " + windows + " windows");
    }
}
