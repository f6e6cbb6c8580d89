package marytts.zh.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The stock MaryTTS HTTP server with our plugins, over real HTTP. */
class MaryServerIT {
    private static SharedMaryServer server;

    @BeforeAll
    static void startServer() throws Exception {
        server = SharedMaryServer.get();
    }

    @Test
    void listsChineseAndEnglishLocales() throws Exception {
        String locales = server.get("/locales", Map.of()).text();
        assertTrue(locales.contains("zh_CN"), locales);
        assertTrue(locales.contains("en_US"), locales);
    }

    @Test
    void listsStockVoiceAndNeuralVoiceButNotBrokenPackage() throws Exception {
        String voices = server.get("/voices", Map.of()).text();
        assertTrue(voices.contains("cmu-slt-hsmm en_US female hmm"), voices);
        assertTrue(voices.contains("zh-tiny-test zh_CN female"), voices);
        assertFalse(voices.contains("zh-broken"), voices);
        assertTrue(server.log().contains("neural voice refused"), "the broken package is refused in the log");
    }

    @Test
    void speaksChineseAsWaveFile() throws Exception {
        SharedMaryServer.Response r = server.get("/process", Map.of("INPUT_TEXT", "你好，世界", "INPUT_TYPE", "TEXT",
                "OUTPUT_TYPE", "AUDIO", "LOCALE", "zh_CN", "AUDIO", "WAVE_FILE"));
        assertEquals(200, r.status(), r.text());
        Wav wav = Wav.parse(r.body());
        assertEquals(16000, wav.sampleRate(), "the tiny test voice's declared sample rate");
        assertEquals(1, wav.channels());
        assertEquals(16, wav.bitsPerSample());
        // four syllables and one phrase pause: between 0.1 and 0.8 s per syllable
        assertTrue(wav.seconds() > 0.4 && wav.seconds() < 3.2, "duration " + wav.seconds());
        assertTrue(wav.rms() > 0.01, "not silent, rms " + wav.rms());
        assertTrue(wav.clippedFraction() < 0.01, "not clipped " + wav.clippedFraction());
    }

    @Test
    void longerChineseTextGivesLongerAudio() throws Exception {
        Wav shortWav = Wav.parse(server.get("/process", Map.of("INPUT_TEXT", "你好", "INPUT_TYPE", "TEXT",
                "OUTPUT_TYPE", "AUDIO", "LOCALE", "zh_CN", "AUDIO", "WAVE_FILE")).body());
        Wav longWav = Wav.parse(server.get("/process", Map.of("INPUT_TEXT", "今天天气很好，我们一起去公园散步吧。",
                "INPUT_TYPE", "TEXT", "OUTPUT_TYPE", "AUDIO", "LOCALE", "zh_CN", "AUDIO", "WAVE_FILE")).body());
        assertTrue(longWav.seconds() > 3 * shortWav.seconds(), shortWav.seconds() + " vs " + longWav.seconds());
    }

    @Test
    void returnsAllophonesWithTonesForChinese() throws Exception {
        SharedMaryServer.Response r = server.get("/process", Map.of("INPUT_TEXT", "你好，世界", "INPUT_TYPE", "TEXT",
                "OUTPUT_TYPE", "ALLOPHONES", "LOCALE", "zh_CN"));
        assertEquals(200, r.status(), r.text());
        String xml = r.text();
        assertTrue(xml.contains("<maryxml"), xml);
        assertTrue(xml.contains("tone=\"3\""), xml);
        assertTrue(xml.contains("<ph p=\"sh\"/>"), xml);
        assertTrue(xml.contains("breakindex"), xml);
    }

    @Test
    void englishStockVoiceStillWorks() throws Exception {
        SharedMaryServer.Response r = server.get("/process", Map.of("INPUT_TEXT", "Hello world, this is a test.",
                "INPUT_TYPE", "TEXT", "OUTPUT_TYPE", "AUDIO", "LOCALE", "en_US", "AUDIO", "WAVE_FILE", "VOICE",
                "cmu-slt-hsmm"));
        assertEquals(200, r.status(), r.text());
        Wav wav = Wav.parse(r.body());
        assertTrue(wav.seconds() > 0.8 && wav.seconds() < 6, "duration " + wav.seconds());
        assertTrue(wav.rms() > 0.01);
    }
}
