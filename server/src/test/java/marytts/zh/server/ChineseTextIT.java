package marytts.zh.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** zh_CN text processing through the server: SSML, mixed English, prosody, and Chinese inside en_US. */
class ChineseTextIT {
    private static SharedMaryServer server;

    @BeforeAll
    static void startServer() throws Exception {
        server = SharedMaryServer.get();
    }

    private static String ssml(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><speak version=\"1.0\" "
                + "xmlns=\"http://www.w3.org/2001/10/synthesis\" xml:lang=\"zh-CN\">" + body + "</speak>";
    }

    private static SharedMaryServer.Response zh(String text, String inputType, String outputType) throws Exception {
        SharedMaryServer.Response r = server.get("/process", Map.of("INPUT_TEXT", text, "INPUT_TYPE", inputType,
                "OUTPUT_TYPE", outputType, "LOCALE", "zh_CN", "AUDIO", "WAVE_FILE"));
        assertEquals(200, r.status(), r.text());
        return r;
    }

    private static String words(String xml) {
        // sandhi attributes in document order
        StringBuilder sb = new StringBuilder();
        Matcher m = Pattern.compile("sandhi=\"([^\"]*)\"").matcher(xml);
        while (m.find()) {
            sb.append(sb.length() == 0 ? "" : " | ").append(m.group(1));
        }
        return sb.toString();
    }

    @Test
    void readsSayAsDigitsTelephoneAndCardinal() throws Exception {
        String xml = zh(ssml("<say-as interpret-as=\"digits\">2024</say-as>，"
                + "<say-as interpret-as=\"telephone\">110</say-as>，<say-as interpret-as=\"cardinal\">2024</say-as>"),
                "SSML", "WORDS").text();
        String w = words(xml);
        assertTrue(w.contains("er4 ling2 er4 si4"), w);
        assertTrue(w.contains("yao1"), w);
        assertTrue(w.contains("liang3 qian1"), w);
    }

    @Test
    void appliesPinyinPhonemeAndSubAlias() throws Exception {
        String xml = zh(ssml("<phoneme alphabet=\"pinyin\" ph=\"zhòng xīn\">重新</phoneme>"
                + "<sub alias=\"世界卫生组织\">WHO</sub>"), "SSML", "WORDS").text();
        String w = words(xml);
        assertTrue(w.startsWith("zhong4 xin1"), w);
        assertTrue(w.contains("shi4 jie4"), w);
    }

    @Test
    void breakAndSlowRateLengthenTheAudio() throws Exception {
        double plain = Wav.parse(zh(ssml("你好世界"), "SSML", "AUDIO").body()).seconds();
        double pause = Wav.parse(zh(ssml("你好<break time=\"1500ms\"/>世界"), "SSML", "AUDIO").body()).seconds();
        double slow = Wav.parse(zh(ssml("<prosody rate=\"x-slow\">你好世界</prosody>"), "SSML", "AUDIO").body())
                .seconds();
        assertTrue(pause > plain + 1.3, plain + " vs " + pause);
        assertTrue(slow > plain * 1.3, plain + " vs " + slow);
    }

    @Test
    void pronouncesEnglishWordsInsideChineseWithChinesePhones() throws Exception {
        String xml = zh("我用iPhone拍照，打开Wi-Fi下载APP，GPU加速。", "TEXT", "ALLOPHONES").text();
        for (String word : new String[] { "iPhone", "Wi-Fi", "APP", "GPU" }) {
            Matcher m = Pattern.compile("<t [^>]*>\\s*" + Pattern.quote(word) + "\\s*<syllable").matcher(xml);
            assertTrue(m.find(), word + " has syllables: " + xml);
        }
        assertFalse(xml.contains("g2p_method=\"rules\""), "no English letter-to-sound phones leak in");
    }

    @Test
    void breaksLongStretchesWithoutPunctuation() throws Exception {
        String xml = zh("我们今天下午和几个老朋友一起去城市东边新开的那家非常有名的餐厅吃饭", "TEXT", "ALLOPHONES").text();
        assertTrue(xml.contains("breakindex=\"3\""), xml);
    }

    /** Book titles, quotes and stacked marks: these once gave an empty phrase that crashed the acoustic model. */
    @Test
    void bracketsQuotesAndStackedMarksGiveOneBoundaryAndAudio() throws Exception {
        String text = "著有《芥轩诗集》、《夕阳村诗钞》。他说：“好。”真的吗？！（完）";
        String xml = zh(text, "TEXT", "ALLOPHONES").text();
        assertFalse(Pattern.compile("<boundary[^>]*/>\\s*<boundary").matcher(xml).find(), "two boundaries in a row: " + xml);
        assertFalse(Pattern.compile("[《“（]\\s*</t>\\s*<boundary").matcher(xml).find(), "pause after an opening mark: " + xml);
        for (String t : new String[] { text, "《浣香词》。", "“好。”", "（完）" }) {
            SharedMaryServer.Response r = zh(t, "TEXT", "AUDIO");
            assertTrue(Wav.parse(r.body()).seconds() > 0.1, t);
        }
        assertTrue(Wav.parse(zh("……", "TEXT", "AUDIO").body()).seconds() < 1, "marks alone: a short valid file");
    }

    @Test
    void readsChineseInsideEnglishAsPinyinWithALogLine() throws Exception {
        SharedMaryServer.Response r = server.get("/process", Map.of("INPUT_TEXT", "Hello 你好 world", "INPUT_TYPE",
                "TEXT", "OUTPUT_TYPE", "AUDIO", "LOCALE", "en_US", "AUDIO", "WAVE_FILE", "VOICE", "cmu-slt-hsmm"));
        assertEquals(200, r.status(), r.text());
        assertTrue(Wav.parse(r.body()).seconds() > 1.0);
        assertTrue(server.log().contains("en_US request contains Chinese '你好'"));
    }

    @Test
    void normalizesNumbersDatesAndUnitsInThePipeline() throws Exception {
        String xml = zh("2024年3月5日气温-3℃", "TEXT", "WORDS").text();
        String w = words(xml).replace(" | ", " ");
        assertTrue(w.contains("san1 yue4 wu3 ri4"), w);
        assertTrue(w.contains("ling2 xia4 san1") || w.contains("fu4 san1"), w);
    }

    @Test
    void englishWordMakesTheAudioClearlyLonger() throws Exception {
        double without = Wav.parse(zh("我用打电话", "TEXT", "AUDIO").body()).seconds();
        double with = Wav.parse(zh("我用iPhone打电话", "TEXT", "AUDIO").body()).seconds();
        assertTrue(with > without + 0.2, without + " vs " + with);
    }

    @Test
    void halfSecondBreakAddsAboutHalfASecond() throws Exception {
        double plain = Wav.parse(zh(ssml("你好世界"), "SSML", "AUDIO").body()).seconds();
        double pause = Wav.parse(zh(ssml("你好<break time=\"500ms\"/>世界"), "SSML", "AUDIO").body()).seconds();
        double added = pause - plain;
        assertTrue(added > 0.4 && added < 0.75, "added " + added + " s");
    }
}
