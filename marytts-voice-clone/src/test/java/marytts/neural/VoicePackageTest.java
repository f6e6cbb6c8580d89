package marytts.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VoicePackageTest {
    @TempDir
    Path tmp;

    @Test
    void readsTheTinyTestVoice() throws Exception {
        VoicePackage v = VoicePackage.load(TinyVoice.source());
        assertEquals("zh-tiny-test", v.name());
        assertEquals(Locale.forLanguageTag("zh-CN"), v.locale());
        assertEquals(16000, v.sampleRate());
        assertEquals(0, v.phones().id("<pad>"));
        assertTrue(v.phones().id("zh") > 0);
        assertEquals(16, v.speaker(v.defaultSpeaker()).orElseThrow().length);
    }

    private String refusal(String from, String to) throws Exception {
        Path dir = TinyVoice.copyTo(tmp.resolve("v"));
        TinyVoice.edit(dir, from, to);
        return assertThrows(VoicePackageException.class, () -> VoicePackage.load(dir)).getMessage();
    }

    @Test
    void refusesUnknownContractVersionNamingTheKey() throws Exception {
        String msg = refusal("contract.version = 1", "contract.version = 7");
        assertTrue(msg.contains("voice.properties") && msg.contains("contract.version"), msg);
    }

    @Test
    void refusesMissingSampleRate() throws Exception {
        String msg = refusal("sample.rate = 16000", "");
        assertTrue(msg.contains("sample.rate") && msg.contains("missing"), msg);
    }

    @Test
    void refusesSpeakerEmbeddingOfWrongSize() throws Exception {
        String msg = refusal("speaker.embedding.size = 16", "speaker.embedding.size = 17");
        assertTrue(msg.contains("speaker.test"), msg);
    }

    @Test
    void refusesModelPathOutsideThePackage() throws Exception {
        String msg = refusal("model.vocoder = vocoder.pt", "model.vocoder = ../../etc/passwd");
        assertTrue(msg.contains("inside the package"), msg);
    }

    @Test
    void refusesMissingModelFile() throws Exception {
        Path dir = TinyVoice.copyTo(tmp.resolve("v"));
        Files.delete(dir.resolve("vocoder.pt"));
        String msg = assertThrows(VoicePackageException.class, () -> VoicePackage.load(dir)).getMessage();
        assertTrue(msg.contains("model.vocoder") && msg.contains("not found"), msg);
    }

    @Test
    void refusesDirectoryWithoutConfig() {
        assertThrows(VoicePackageException.class, () -> VoicePackage.load(tmp));
    }
}
