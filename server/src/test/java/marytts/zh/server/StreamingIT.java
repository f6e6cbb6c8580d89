package marytts.zh.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** AUDIO=AU_STREAM as this server runs it: sentence by sentence, errors as statuses or a cut, never a hang. */
class StreamingIT {
    private static final int AU_HEADER = 24;
    private static SharedMaryServer server;

    @BeforeAll
    static void startServer() throws Exception {
        server = SharedMaryServer.get();
    }

    private static Map<String, String> request(String text, String inputType, String audio) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("INPUT_TEXT", text);
        p.put("INPUT_TYPE", inputType);
        p.put("OUTPUT_TYPE", "AUDIO");
        p.put("LOCALE", "zh_CN");
        p.put("VOICE", "zh-tiny-test");
        p.put("AUDIO", audio);
        return p;
    }

    private static String paragraph(int sentences) {
        String[] s = { "今天天气很好，我们一起去公园散步。", "科学家们在实验室里工作了三年。", "这座城市的交通有了明显的改善！",
                "你明天有空吗？", "《红楼梦》是一部很长的小说。" };
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            sb.append(s[i % s.length]);
        }
        return sb.toString();
    }

    @Test
    void sentenceBySentenceStreamIsTheSameLengthAsTheWholeFile() throws Exception {
        String text = paragraph(40);
        SharedMaryServer.Response stream = server.post("/process", request(text, "TEXT", "AU_STREAM"));
        assertEquals(200, stream.status(), stream.text());
        assertEquals("audio/basic", stream.contentType());
        byte[] au = stream.body();
        assertEquals(".snd", new String(au, 0, 4, StandardCharsets.US_ASCII));
        Wav wav = Wav.parse(server.post("/process", request(text, "TEXT", "WAVE_FILE")).body());
        assertEquals(wav.samples().length, (au.length - AU_HEADER) / 2, "same audio as one whole synthesis");
        int loud = 0;
        for (int i = AU_HEADER; i + 1 < au.length; i += 2) {
            short v = (short) ((au[i] << 8) | (au[i + 1] & 0xff)); // AU samples are big-endian
            if (Math.abs(v) > 300) {
                loud++;
            }
        }
        assertTrue(loud > (au.length - AU_HEADER) / 2 / 20, "not silent");
        int pieces = TextChunks.split(text, StreamedSynthesis.PIECE_CHARS).size();
        assertTrue(pieces >= 3, "the first sentence alone, then pieces of sentences: " + pieces);
        assertTrue(server.log().contains("streaming in " + pieces + " pieces"), "synthesized piece by piece");
    }

    @Test
    void ssmlAndTheStockVoiceStreamToo() throws Exception {
        SharedMaryServer.Response r = server.post("/process", request("<?xml version=\"1.0\"?><speak version=\"1.0\" "
                + "xmlns=\"http://www.w3.org/2001/10/synthesis\" xml:lang=\"zh-CN\">你好<break time=\"500ms\"/>世界</speak>",
                "SSML", "AU_STREAM"));
        assertEquals(200, r.status(), r.text());
        assertTrue(r.body().length > AU_HEADER + 16000, "half a second of pause and two words");
        Map<String, String> en = request("Hello there. How are you today?", "TEXT", "AU_STREAM");
        en.put("LOCALE", "en_US");
        en.put("VOICE", "cmu-slt-hsmm");
        r = server.post("/process", en);
        assertEquals(200, r.status(), r.text());
        assertTrue(r.body().length > AU_HEADER + 16000, "the HMM voice streams as before");
    }

    @Test
    void malformedSsmlIsA400BeforeAnyAudio() throws Exception {
        SharedMaryServer.Response r = server.post("/process", request("<speak><s>你好", "SSML", "AU_STREAM"));
        assertTrue(r.status() == 400, r.status() + " " + r.text());
        assertEquals(1, r.text().strip().lines().count(), r.text());
    }

    /** A server whose audio limit is 3 s: one long sentence is refused; many short ones are cut at the limit. */
    @Test
    void audioLimitRefusesOrCutsTheStreamWithoutWaitingForTheTimeLimit() throws Exception {
        SharedMaryServer tiny = SharedMaryServer.startPrivate(List.of("-Dmary.neural.maxAudioSeconds=3",
                "-Dmary.server.timeoutMillis=60000"));
        try {
            long t0 = System.nanoTime();
            SharedMaryServer.Response refused = tiny.post("/process",
                    request("我们今天下午和几个老朋友一起去城市东边新开的那家非常有名的餐厅吃饭然后去看了一场很长的电影", "TEXT", "AU_STREAM"));
            assertEquals(413, refused.status(), refused.text());
            assertTrue(refused.text().contains("limit of 3 s"), refused.text());

            HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + tiny.port + "/process").toURL()
                    .openConnection();
            c.setDoOutput(true);
            c.setReadTimeout(30_000);
            StringBuilder form = new StringBuilder();
            for (Map.Entry<String, String> e : request(paragraph(20), "TEXT", "AU_STREAM").entrySet()) {
                form.append(form.length() == 0 ? "" : "&").append(e.getKey()).append('=')
                        .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            }
            c.getOutputStream().write(form.toString().getBytes(StandardCharsets.US_ASCII));
            assertEquals(200, c.getResponseCode());
            long got = 0;
            boolean cut = false;
            try (InputStream in = c.getInputStream()) {
                byte[] buf = new byte[8192];
                for (int n; (n = in.read(buf)) > 0;) {
                    got += n;
                }
            } catch (IOException e) {
                cut = true; // the chunked body ends without its last chunk
            }
            long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
            assertTrue(cut, "the client sees a cut-off stream, not a complete file");
            assertTrue(got < AU_HEADER + 4L * 48000 * 2, got + " bytes: the limit stopped it");
            assertTrue(seconds < 20, "no wait for the 60 s time limit: " + seconds + " s");
        } finally {
            tiny.stop();
        }
    }
}
