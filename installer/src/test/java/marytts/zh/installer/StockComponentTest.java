package marytts.zh.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import marytts.tools.install.ComponentDescription;
import marytts.tools.install.InstallFileParser;
import marytts.tools.install.VoiceComponentDescription;

/**
 * MaryTTS compatibility: stock voice component zips (lib/voice-NAME-5.2.1.jar + component XML with
 * md5sum) install into MARY_BASE/lib, and MaryTTS 5.2.1's own parser reads our component XMLs and
 * install records and sees the component as installed.
 */
class StockComponentTest {
    @TempDir
    Path tmp;

    private static final String STOCK_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <marytts-install xmlns="http://mary.dfki.de/installer">
              <voice gender="female" locale="en_US" name="test-stock-hsmm" type="hsmm" version="5.2.1">
                <description>A stock-format test voice</description>
                <license href="http://mary.dfki.de/download/by-nd-3.0.html"/>
                <package filename="voice-test-stock-hsmm-5.2.1.zip" md5sum="MD5" size="SIZE">
                  <location folder="true" href="http://example.org/download/5.2.1/"/>
                </package>
                <depends language="en_US" version="5.2.1"/>
              </voice>
            </marytts-install>
            """;

    private Path stockZip(boolean goodMd5) throws Exception {
        Map<String, byte[]> jar = new LinkedHashMap<>();
        jar.put("META-INF/services/marytts.config.MaryConfig", "marytts.voice.TestStock.Config\n".getBytes());
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("lib/", new byte[0]);
        entries.put("lib/voice-test-stock-hsmm-5.2.1.jar", TestArchives.zipBytes(jar));
        Path zip = TestArchives.zip(tmp.resolve("voice-test-stock-hsmm-5.2.1.zip"), entries);
        String md5 = goodMd5 ? Hashes.md5(zip) : "0123456789abcdef0123456789abcdef";
        Files.writeString(tmp.resolve("voice-test-stock-hsmm-5.2.1-component.xml"),
                STOCK_XML.replace("MD5", md5).replace("SIZE", Long.toString(Files.size(zip))));
        return zip;
    }

    private int run(Path base, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--base";
        all[1] = base.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return AdminCli.run(new Services(d -> { }, ZipLimits.defaults(), InstallHooks.NONE), all).rc();
    }

    @Test
    void installsAStockVoiceComponentIntoLibAndRecordsItForMaryTts() throws Exception {
        Path base = tmp.resolve("base");
        Path zip = stockZip(true);
        assertEquals(ExitCodes.OK, run(base, "install", zip.toString()));
        assertTrue(Files.isRegularFile(base.resolve("lib/voice-test-stock-hsmm-5.2.1.jar")));
        Path record = base.resolve("installed/voice-test-stock-hsmm-5.2.1-component.xml");
        assertTrue(Files.isRegularFile(record));

        InstallFileParser parser = new InstallFileParser(record.toUri().toURL());
        List<VoiceComponentDescription> voices = parser.getVoiceDescriptions();
        assertEquals(1, voices.size());
        VoiceComponentDescription v = voices.get(0);
        assertEquals("test-stock-hsmm", v.getName());
        assertEquals(List.of("lib/voice-test-stock-hsmm-5.2.1.jar"), List.copyOf(v.getInstalledFileNames()));

        assertEquals(ExitCodes.OK, run(base, "verify", "test-stock-hsmm"));
        assertEquals(ExitCodes.FAILED, run(base, "install", zip.toString()));
        assertEquals(ExitCodes.OK, run(base, "remove", "test-stock-hsmm"));
        assertFalse(Files.exists(base.resolve("lib/voice-test-stock-hsmm-5.2.1.jar")));
        assertFalse(Files.exists(record));
    }

    @Test
    void refusesAStockZipWhoseMd5DiffersFromItsComponentXml() throws Exception {
        Path base = tmp.resolve("base");
        assertEquals(ExitCodes.FAILED, run(base, "install", stockZip(false).toString()));
        assertFalse(Files.exists(base.resolve("lib/voice-test-stock-hsmm-5.2.1.jar")));
    }

    @Test
    void maryTtsReadsOurComponentXmlAndSeesTheInstall() throws Exception {
        VoicePackager.Result r = new VoicePackager().pack(TestArchives.tinyVoice(tmp), tmp.resolve("dist"), Optional.empty());
        VoiceComponentDescription v = new InstallFileParser(r.componentXml().toUri().toURL()).getVoiceDescriptions().get(0);
        assertEquals("zh-tiny-test", v.getName());
        assertEquals("1.0.0", v.getVersion());
        assertEquals("neural", v.getType());
        assertEquals("female", v.getGender());
        assertEquals("zh-tiny-test-1.0.0.zip", v.getPackageFilename());
        assertEquals(Hashes.md5(r.zip()), v.getPackageMD5Sum());
        assertEquals(Files.size(r.zip()), v.getPackageSize());

        Path base = tmp.resolve("base");
        assertEquals(ExitCodes.OK, run(base, "install", r.zip().toString()));
        String old = System.getProperty("mary.installedDir");
        System.setProperty("mary.installedDir", base.resolve("installed").toString());
        try {
            VoiceComponentDescription seen = new InstallFileParser(r.componentXml().toUri().toURL())
                    .getVoiceDescriptions().get(0);
            assertEquals(ComponentDescription.Status.INSTALLED, seen.getStatus());
        } finally {
            if (old == null) {
                System.clearProperty("mary.installedDir");
            } else {
                System.setProperty("mary.installedDir", old);
            }
        }
        VoiceComponentDescription rec = new InstallFileParser(
                base.resolve("installed/zh-tiny-test-1.0.0-component.xml").toUri().toURL()).getVoiceDescriptions().get(0);
        assertTrue(rec.getInstalledFileNames().contains("neural-voices/zh-tiny-test/acoustic.pt"),
                String.valueOf(rec.getInstalledFileNames()));
        assertEquals(StandardCharsets.UTF_8.name(), "UTF-8");
    }
}
