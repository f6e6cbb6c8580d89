package marytts.zh.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile input against the real hardened server: each request must end in audio (200) or a clean
 * one-line 4xx within the time limit, nothing may leak (files, stack traces), and the server must
 * still speak afterwards.
 */
class HostileInputIT {
    private static final String SSML_OPEN = "<speak version=\"1.0\" xmlns=\"http://www.w3.org/2001/10/synthesis\" xml:lang=\"zh-CN\">";
    private static SharedMaryServer server;
    private static Path secret;
    private static final String SECRET = "TOP-SECRET-" + Long.toHexString(new Random().nextLong());

    @BeforeAll
    static void startServer() throws Exception {
        server = SharedMaryServer.get();
        secret = Files.createTempFile("hostile-secret", ".txt");
        Files.writeString(secret, SECRET);
    }

    @AfterAll
    static void stillSpeaksAfterwards() throws Exception {
        try {
            SharedMaryServer.Response r = server.get("/process", zh("你好，世界", "TEXT"));
            assertEquals(200, r.status(), r.text());
            Wav wav = Wav.parse(r.body());
            assertEquals(16000, wav.sampleRate());
            assertTrue(wav.seconds() > 0.3, "duration " + wav.seconds());
            assertFalse(server.log().contains(SECRET), "the secret file never reaches the pipeline");
        } finally {
            Files.deleteIfExists(secret);
        }
    }

    static Map<String, String> zh(String text, String inputType) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("INPUT_TEXT", text);
        p.put("INPUT_TYPE", inputType);
        p.put("OUTPUT_TYPE", "AUDIO");
        p.put("LOCALE", "zh_CN");
        p.put("AUDIO", "WAVE_FILE");
        return p;
    }

    static Map<String, String> en(String text, String inputType) {
        Map<String, String> p = zh(text, inputType);
        p.put("LOCALE", "en_US");
        p.put("VOICE", "cmu-slt-hsmm");
        return p;
    }

    /** A clean client error: the status, text/plain, one line, no stack trace, no secret. */
    static String assertClean4xx(int status, SharedMaryServer.Response r) {
        String body = r.text();
        assertEquals(status, r.status(), body);
        assertClean(r);
        return body;
    }

    static void assertClean(SharedMaryServer.Response r) {
        String body = r.text();
        if (r.status() == 200) {
            return;
        }
        assertTrue(r.status() >= 400 && r.status() < 500, "status " + r.status() + ": " + body);
        assertNotNull(r.contentType());
        assertTrue(r.contentType().startsWith("text/plain"), r.contentType());
        assertFalse(body.contains("at marytts."), body);
        assertFalse(body.contains("at java."), body);
        assertFalse(body.contains("Exception"), body);
        assertFalse(body.contains(SECRET), body);
        assertEquals(1, body.strip().lines().count(), "one line: " + body);
    }

    static void assertAudio(SharedMaryServer.Response r) {
        assertEquals(200, r.status(), r.text());
        assertTrue(r.contentType().startsWith("audio/"), r.contentType());
        Wav.parse(r.body());
    }

    @Test
    void malformedSsmlNamesLineAndColumn() throws Exception {
        String body = assertClean4xx(400, server.post("/process", zh(SSML_OPEN + "\n<s>你好</p>\n</speak>", "SSML")));
        assertTrue(body.contains("line 2, column"), body);
    }

    @Test
    void externalEntityIsRefusedAndTheFileNeverLeaks() throws Exception {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE speak [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + SSML_OPEN + "&x;</speak>";
        for (String type : new String[] { "SSML", "RAWMARYXML", "EMOTIONML", "APML", "SABLE" }) {
            SharedMaryServer.Response r = server.post("/process", zh(xxe, type));
            String body = assertClean4xx(400, r);
            assertTrue(body.contains("DOCTYPE"), body);
            // also with an output type that echoes the document back
            Map<String, String> p = zh(xxe, type);
            p.put("OUTPUT_TYPE", "ALLOPHONES");
            assertClean4xx(400, server.post("/process", p));
        }
        // a lower-case / spaced declaration and a parameter entity
        assertClean4xx(400, server.post("/process", zh("<!doctype speak SYSTEM \"" + secret.toUri() + "\">"
                + SSML_OPEN + "x</speak>", "SSML")));
        assertClean4xx(400, server.post("/process", en(SSML_OPEN.replace("zh-CN", "en-US")
                + "<!ENTITY % p SYSTEM \"" + secret.toUri() + "\">x</speak>", "SSML")));
    }

    @Test
    void billionLaughsIsRefused() throws Exception {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE speak [<!ENTITY l0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>").append(SSML_OPEN).append("&l9;</speak>");
        assertClean4xx(400, server.post("/process", zh(dtd.toString(), "SSML")));
    }

    @Test
    void deeplyNestedSsmlIsRefused() throws Exception {
        String deep = SSML_OPEN + "<p>".repeat(5000) + "你好" + "</p>".repeat(5000) + "</speak>";
        String body = assertClean4xx(400, server.post("/process", zh(deep, "SSML")));
        assertTrue(body.contains("nested"), body);
        // within the limit: fine
        String ok = SSML_OPEN + "<prosody rate=\"90%\">".repeat(10) + "你好" + "</prosody>".repeat(10) + "</speak>";
        assertAudio(server.post("/process", zh(ok, "SSML")));
    }

    @Test
    void oneMegabyteIsTooLarge() throws Exception {
        String mb = "你".repeat(350_000); // ~1 MB of UTF-8
        assertClean4xx(413, server.post("/process", zh(mb, "TEXT")));
        assertClean4xx(413, server.post("/process", zh("a".repeat(1_000_000), "TEXT")));
        assertClean4xx(413, server.post("/process", zh("a".repeat(50_001), "TEXT")));
    }

    @Test
    void manyDigitsEndCleanlyWithinTheTimeLimit() throws Exception {
        long t0 = System.nanoTime();
        SharedMaryServer.Response r = server.post("/process", zh("7".repeat(100_000), "TEXT"));
        assertClean4xx(413, r); // more characters than the default limit
        // within the limits: audio, or (on a slow machine) a clean 503 at the time limit
        r = server.post("/process", zh("9".repeat(300), "TEXT"));
        if (r.status() == 503) {
            assertNotNull(r.header("Retry-After"));
            assertTrue(r.text().contains("took longer"), r.text());
        } else {
            assertAudio(r);
        }
        assertTrue((System.nanoTime() - t0) / 1e6 < SharedMaryServer.TIME_LIMIT_MILLIS + 5_000, "within the time limit");
    }

    @Test
    void controlCharactersAndUnpairedSurrogates() throws Exception {
        String body = assertClean4xx(400, server.post("/process", zh("你好\u0001世界", "TEXT")));
        assertTrue(body.contains("U+0001"), body);
        assertClean4xx(400, server.post("/process", zh("你好\u0000", "TEXT")));
        // %ED%A0%80 is the UTF-8-style encoding of U+D800: decoded as replacement characters, not a surrogate
        SharedMaryServer.Response r = server.postRaw("/process",
                "INPUT_TEXT=%E4%BD%A0%ED%A0%80&INPUT_TYPE=TEXT&OUTPUT_TYPE=AUDIO&LOCALE=zh_CN&AUDIO=WAVE_FILE"
                        .getBytes(StandardCharsets.US_ASCII));
        assertClean(r);
        // a lone surrogate in raw (not percent-encoded) body bytes
        byte[] raw = ("INPUT_TEXT=a\uD800b&INPUT_TYPE=TEXT&OUTPUT_TYPE=AUDIO&LOCALE=zh_CN&AUDIO=WAVE_FILE")
                .getBytes(StandardCharsets.UTF_8);
        assertClean(server.postRaw("/process", raw));
        // a lone surrogate written as a character reference in SSML
        assertClean4xx(400, server.post("/process", zh(SSML_OPEN + "&#xD800;</speak>", "SSML")));
        assertClean4xx(400, server.post("/process", zh(SSML_OPEN + "&#x1;</speak>", "SSML")));
        // broken percent-encoding
        assertClean4xx(400, server.postRaw("/process",
                "INPUT_TEXT=%zz&INPUT_TYPE=TEXT&OUTPUT_TYPE=AUDIO&LOCALE=zh_CN&AUDIO=WAVE_FILE".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void emojiOnlyText() throws Exception {
        assertClean(server.post("/process", zh("😀🎉👍🏽👨‍👩‍👧", "TEXT")));
        assertClean(server.post("/process", en("😀🎉👍🏽👨‍👩‍👧", "TEXT")));
    }

    @Test
    void hugeNegativeAndGarbageBreaks() throws Exception {
        for (String t : new String[] { "99999s", "3600000ms", "-1s", "-500ms", "abc", "1e9s", "NaNs", "" }) {
            String body = assertClean4xx(400, server.post("/process",
                    zh(SSML_OPEN + "你好<break time=\"" + t + "\"/>世界</speak>", "SSML")));
            assertTrue(body.contains("break"), body);
        }
        assertAudio(server.post("/process", zh(SSML_OPEN + "你好<break time=\"800ms\"/>世界</speak>", "SSML")));
        // many short breaks adding up to more than the longest audio
        String many = SSML_OPEN + "好<break time=\"10s\"/>".repeat(70) + "</speak>";
        assertClean4xx(413, server.post("/process", zh(many, "SSML")));
    }

    @Test
    void unknownVoiceLocaleTypesAndEmptyText() throws Exception {
        Map<String, String> p = zh("你好", "TEXT");
        p.put("VOICE", "no-such-voice");
        assertTrue(assertClean4xx(400, server.get("/process", p)).contains("no-such-voice"));
        p = zh("你好", "TEXT");
        p.put("LOCALE", "xx_YY");
        assertTrue(assertClean4xx(400, server.get("/process", p)).contains("xx_YY"));
        p = zh("你好", "TEXT");
        p.put("LOCALE", "de");
        assertClean4xx(400, server.get("/process", p));
        p = zh("你好", "NOPE");
        assertTrue(assertClean4xx(400, server.get("/process", p)).contains("INPUT_TYPE"));
        p = zh("你好", "TEXT");
        p.put("OUTPUT_TYPE", "NOPE");
        assertClean4xx(400, server.get("/process", p));
        p = zh("你好", "TEXT");
        p.put("AUDIO", "FLAC_FILE");
        assertClean4xx(400, server.get("/process", p));
        p = zh("你好", "TEXT");
        p.put("AUDIO", "WAVE_STREAM");
        assertClean4xx(400, server.get("/process", p));
        assertTrue(assertClean4xx(400, server.get("/process", zh("", "TEXT"))).contains("empty"));
        assertClean4xx(400, server.get("/process", zh("   ", "TEXT")));
        p = zh("你好", "TEXT");
        p.remove("LOCALE");
        assertClean4xx(400, server.get("/process", p));
        assertClean4xx(400, server.get("/process", Map.of()));
    }

    @Test
    void errorPagesOfTheStockHandlersAreOneLineText() throws Exception {
        SharedMaryServer.Response r = server.get("/%3Cscript%3Ealert(1)%3C%2Fscript%3E", Map.of());
        assertClean4xx(404, r);
        assertEquals(200, server.get("/", Map.of()).status(), "MaryTTS's web page");
    }

    @Test
    void streamingAudioStillStreams() throws Exception {
        Map<String, String> p = zh("今天天气很好", "TEXT");
        p.put("AUDIO", "AU_STREAM");
        SharedMaryServer.Response r = server.get("/process", p);
        assertEquals(200, r.status(), r.text());
        assertTrue(r.body().length > 1000 && r.body()[0] == '.' && r.body()[1] == 's', "an AU stream");
    }

    @Test
    void notReachableFromOtherAddressesByDefault() throws Exception {
        assertTrue(server.stdout().contains("listening on 127.0.0.1:" + server.port), server.stdout());
        for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress a : Collections.list(nif.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress()) {
                    try (Socket s = new Socket()) {
                        s.connect(new InetSocketAddress(a, server.port), 2000);
                        fail("reachable on " + a.getHostAddress());
                    } catch (ConnectException expected) {
                        // refused: not listening there
                    }
                }
            }
        }
    }

    /** Seeded random inputs over Unicode and SSML fragments. */
    @Test
    void seededFuzzer() throws Exception {
        Random rnd = new Random(20240611L);
        String[] fragments = { "<break time=\"300ms\"/>", "<break time=\"", "<break time=\"-3s\"/>", "<s>", "</s>", "<p>",
                "</p>", "<prosody rate=\"x-fast\">", "</prosody>", "<prosody pitch=\"+200%\">", "<say-as interpret-as=\"digits\">",
                "</say-as>", "<sub alias=\"替换\">", "</sub>", "<phoneme alphabet=\"x-sampa\" ph=\"a\">", "</phoneme>", "&amp;",
                "&lt;", "&#x0;", "&#xFFFF;", "&#65;", "&bogus;", "<![CDATA[你好]]>", "<!-- c -->", "<?pi x?>", "<", ">", "\"",
                "<voice name=\"zh-tiny-test\">", "</voice>", "<emphasis>", "</emphasis>", "<audio src=\"file:///etc/passwd\"/>",
                "<mark name=\"m\"/>", "<lang xml:lang=\"en-US\">", "</lang>" };
        int[][] ranges = { { 0x20, 0x7E }, { 0x4E00, 0x9FFF }, { 0x3000, 0x303F }, { 0xFF00, 0xFFEF }, { 0x0300, 0x036F },
                { 0x0590, 0x06FF }, { 0x1F300, 0x1FAFF }, { 0xE000, 0xE0FF }, { 0x0000, 0x001F }, { 0x0080, 0x00FF },
                { 0xD800, 0xDFFF }, { 0x30, 0x39 }, { 0x2000, 0x206F }, { 0xFFF0, 0xFFFF } };
        int audio = 0;
        int refused = 0;
        List<String> report = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            boolean ssml = rnd.nextBoolean();
            StringBuilder sb = new StringBuilder();
            int pieces = 1 + rnd.nextInt(12);
            for (int k = 0; k < pieces; k++) {
                if (ssml && rnd.nextInt(3) == 0) {
                    sb.append(fragments[rnd.nextInt(fragments.length)]);
                } else {
                    int[] range = ranges[rnd.nextInt(ranges.length)];
                    int n = 1 + rnd.nextInt(6);
                    for (int c = 0; c < n; c++) {
                        sb.appendCodePoint(range[0] + rnd.nextInt(range[1] - range[0] + 1));
                    }
                }
            }
            String text = ssml ? SSML_OPEN + sb + "</speak>" : sb.toString();
            Map<String, String> p = rnd.nextInt(4) == 0 ? en(text, ssml ? "SSML" : "TEXT")
                    : zh(text, ssml ? "SSML" : "TEXT");
            if (ssml && p.get("LOCALE").equals("en_US")) {
                p.put("INPUT_TEXT", text.replace("zh-CN", "en-US"));
            }
            long t0 = System.nanoTime();
            SharedMaryServer.Response r = rnd.nextBoolean() ? server.post("/process", p) : server.get("/process", p);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            try {
                assertClean(r);
                if (r.status() == 200) {
                    assertTrue(r.contentType().startsWith("audio/"), r.contentType());
                    Wav.parse(r.body());
                    audio++;
                } else {
                    refused++;
                }
                assertTrue(ms < SharedMaryServer.TIME_LIMIT_MILLIS + 5_000, "took " + ms + " ms");
            } catch (AssertionError e) {
                throw new AssertionError("fuzz case " + i + " " + p + ": " + e.getMessage(), e);
            }
            report.add(r.status() + " " + ms + "ms");
        }
        System.out.println("fuzzer: " + audio + " audio, " + refused + " clean 4xx; " + report);
        assertTrue(audio > 5, "some fuzz cases still give audio: " + report);
    }

    /** A second server with tiny limits: one synthesis at a time, none waiting, a short time limit. */
    @Test
    void saturatedQueueAnswers503WithRetryAfterAndSlowRequestsAreStopped() throws Exception {
        SharedMaryServer tiny = SharedMaryServer.startPrivate(List.of("-Dmary.server.running=1",
                "-Dmary.server.waiting=0", "-Dmary.server.timeoutMillis=2500", "-Dmary.neural.timeoutMillis=2500"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            assertAudio(tiny.get("/process", zh("你好", "TEXT"))); // warm
            Future<SharedMaryServer.Response> slow = pool.submit(() -> tiny.post("/process", zh("9".repeat(3_000), "TEXT")));
            Thread.sleep(500);
            List<Future<SharedMaryServer.Response>> more = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                more.add(pool.submit(() -> tiny.get("/process", zh("你好", "TEXT"))));
            }
            int busy = 0;
            for (Future<SharedMaryServer.Response> f : more) {
                SharedMaryServer.Response r = f.get();
                if (r.status() == 503) {
                    busy++;
                    assertNotNull(r.header("Retry-After"), "Retry-After on 503");
                    assertTrue(r.text().contains("busy"), r.text());
                    assertEquals(1, r.text().strip().lines().count());
                } else {
                    assertAudio(r);
                }
            }
            assertTrue(busy >= 1, "at least one request finds the queue full");
            long t0 = System.nanoTime();
            SharedMaryServer.Response r = slow.get();
            long waited = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(503, r.status(), r.text()); // ~9000 syllables take far longer than 2.5 s
            assertNotNull(r.header("Retry-After"));
            assertTrue(r.text().contains("took longer"), r.text());
            assertTrue(waited < 5_000, "answered within the time limit, waited " + waited + " ms more");
            // afterwards it recovers
            long until = System.nanoTime() + 30_000_000_000L;
            SharedMaryServer.Response ok;
            do {
                ok = tiny.get("/process", zh("你好", "TEXT"));
                if (ok.status() == 200) {
                    break;
                }
                Thread.sleep(300);
            } while (System.nanoTime() < until);
            assertAudio(ok);
        } finally {
            pool.shutdownNow();
            tiny.stop();
        }
    }
}
