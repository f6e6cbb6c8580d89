package marytts.zh.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every refusal of {@code install}: exit 1, one line naming the reason, nothing left in MARY_BASE. */
class InstallRefusalTest {
    @TempDir
    Path tmp;
    Path base;
    ZipLimits limits = ZipLimits.defaults();

    @BeforeEach
    void setUp() throws IOException {
        base = Files.createDirectories(tmp.resolve("base"));
    }

    private String refusal(Path zip) throws IOException {
        AdminCli.Run r = AdminCli.run(new Services(dir -> { }, limits, InstallHooks.NONE), "--base", base.toString(),
                "install", zip.toString());
        String message = r.err();
        assertEquals(ExitCodes.FAILED, r.rc(), message);
        assertEquals(1, message.strip().lines().count(), "one line: " + message);
        assertNothingInstalled();
        return message;
    }

    private void assertNothingInstalled() throws IOException {
        assertFalse(Files.exists(base.resolve("neural-voices/zh-tiny-test")), "voice directory left behind");
        assertFalse(Files.exists(base.resolve("evil.txt")));
        assertFalse(Files.exists(tmp.resolve("evil.txt")));
        if (Files.isDirectory(base.resolve("installed"))) {
            try (Stream<Path> s = Files.list(base.resolve("installed"))) {
                assertEquals(0, s.count(), "install record left behind");
            }
        }
        if (Files.isDirectory(base.resolve(".voice-admin"))) {
            try (Stream<Path> s = Files.list(base.resolve(".voice-admin"))) {
                assertTrue(s.allMatch(p -> p.getFileName().toString().equals("lock")), "staging left behind");
            }
        }
    }

    @Test
    void refusesACloneWithoutConsentOrWithRevokedConsent() throws IOException {
        Map<String, byte[]> m = TestArchives.tinyEntries(p -> p + "clone = true\n");
        String msg = refusal(TestArchives.ourZip(tmp.resolve("clone.zip"), m, TestArchives.descriptor(m, "1")));
        assertTrue(msg.contains("cloned voice refused") && msg.contains("consent"), msg);

        byte[] wav = "RIFF-not-really-audio-but-hashed".getBytes(StandardCharsets.UTF_8);
        m = TestArchives.tinyEntries(p -> p + "clone = true\nconsent = consent.properties\n");
        m.put("neural-voices/zh-tiny-test/consent.wav", wav);
        m.put("neural-voices/zh-tiny-test/consent.properties", ("consent.id = c-1\nspeaker.name = A B\n"
                + "agreed.to = yes\nagreed.at = 2025-01-01T00:00:00Z\nconsent.audio = consent.wav\n"
                + "consent.audio.sha256 = " + TestArchives.sha256(wav) + "\nconsent.speaker.similarity = 0.95\n"
                + "consent.speaker.method = speaker-stats-v1-cosine\n").getBytes(StandardCharsets.UTF_8));
        Files.createDirectories(base.resolve("consent"));
        Files.writeString(base.resolve("consent/revoked"), "c-1\n");
        msg = refusal(TestArchives.ourZip(tmp.resolve("revoked.zip"), m, TestArchives.descriptor(m, "1")));
        assertTrue(msg.contains("c-1 was revoked"), msg);
    }

    private Map<String, byte[]> withExtra(String name, byte[] data) throws IOException {
        Map<String, byte[]> m = TestArchives.tinyEntries(p -> p);
        m.put(name, data);
        return m;
    }

    @Test
    void refusesZipSlip() throws IOException {
        Map<String, byte[]> m = withExtra("neural-voices/zh-tiny-test/../../../evil.txt", new byte[] { 1 });
        Path zip = TestArchives.ourZip(tmp.resolve("slip.zip"), m, TestArchives.descriptor(m, "1"));
        assertTrue(refusal(zip).contains("zip-slip"));
    }

    @Test
    void refusesZipSlipAtTheTop() throws IOException {
        Path zip = TestArchives.zip(tmp.resolve("slip2.zip"), Map.of("../evil.txt", new byte[] { 1 }));
        assertTrue(refusal(zip).contains("zip-slip"));
    }

    @Test
    void refusesAbsolutePath() throws IOException {
        Map<String, byte[]> m = withExtra("/tmp/evil.txt", new byte[] { 1 });
        Path zip = TestArchives.ourZip(tmp.resolve("abs.zip"), m, TestArchives.descriptor(m, "1"));
        assertTrue(refusal(zip).contains("absolute path"));
    }

    @Test
    void refusesWindowsDrivePath() throws IOException {
        Path zip = TestArchives.zip(tmp.resolve("drive.zip"), Map.of("C:/evil.txt", new byte[] { 1 }));
        assertTrue(refusal(zip).contains("absolute path"));
    }

    @Test
    void refusesSymlinkEntry() throws IOException {
        Map<String, byte[]> m = withExtra("neural-voices/zh-tiny-test/link", "/etc/passwd".getBytes(StandardCharsets.UTF_8));
        Path zip = TestArchives.ourZip(tmp.resolve("link.zip"), m, TestArchives.descriptor(m, "1"));
        TestArchives.markSymlink(zip, 4);
        assertTrue(refusal(zip).contains("symbolic link"));
    }

    @Test
    void refusesBombByCompressionRatio() throws IOException {
        Map<String, byte[]> m = withExtra("neural-voices/zh-tiny-test/zeros.bin", new byte[8 << 20]);
        Path zip = TestArchives.ourZip(tmp.resolve("ratio.zip"), m, TestArchives.descriptor(m, "1"));
        String msg = refusal(zip);
        assertTrue(msg.contains("zip bomb") && msg.contains("ratio"), msg);
    }

    @Test
    void refusesBombByTotalSize() throws IOException {
        limits = new ZipLimits(1 << 20, 100, 1000);
        byte[] noise = new byte[2 << 20];
        new java.util.Random(1).nextBytes(noise);
        Map<String, byte[]> m = withExtra("neural-voices/zh-tiny-test/noise.bin", noise);
        Path zip = TestArchives.ourZip(tmp.resolve("size.zip"), m, TestArchives.descriptor(m, "1"));
        String msg = refusal(zip);
        assertTrue(msg.contains("zip bomb") && msg.contains("bytes"), msg);
    }

    @Test
    void refusesBombByEntryCount() throws IOException {
        limits = new ZipLimits(1 << 30, 10, 1000);
        Map<String, byte[]> m = TestArchives.tinyEntries(p -> p);
        for (int i = 0; i < 10; i++) {
            m.put("neural-voices/zh-tiny-test/f" + i, new byte[] { (byte) i });
        }
        Path zip = TestArchives.ourZip(tmp.resolve("count.zip"), m, TestArchives.descriptor(m, "1"));
        String msg = refusal(zip);
        assertTrue(msg.contains("zip bomb") && msg.contains("entries"), msg);
    }

    @Test
    void refusesUnknownContractVersionInComponentXml() throws IOException {
        Map<String, byte[]> m = TestArchives.tinyEntries(p -> p);
        Path zip = TestArchives.ourZip(tmp.resolve("c2.zip"), m, TestArchives.descriptor(m, "2"));
        assertTrue(refusal(zip).contains("unsupported contract version '2'"));
    }

    @Test
    void refusesUnknownContractVersionInVoiceProperties() throws IOException {
        Map<String, byte[]> m = TestArchives.tinyEntries(p -> p.replace("contract.version = 1", "contract.version = 7"));
        Path zip = TestArchives.ourZip(tmp.resolve("p7.zip"), m, TestArchives.descriptor(m, "1"));
        assertTrue(refusal(zip).contains("unsupported contract version '7'"));
    }

    @Test
    void refusesFileChecksumMismatch() throws IOException {
        Map<String, byte[]> m = TestArchives.tinyEntries(p -> p);
        ComponentDescriptor c = TestArchives.descriptor(m, "1");
        byte[] acoustic = m.get("neural-voices/zh-tiny-test/acoustic.pt");
        byte[] tampered = Arrays.copyOf(acoustic, acoustic.length);
        tampered[tampered.length / 2] ^= 1;
        m.put("neural-voices/zh-tiny-test/acoustic.pt", tampered);
        Path zip = TestArchives.ourZip(tmp.resolve("sum.zip"), m, c);
        String msg = refusal(zip);
        assertTrue(msg.contains("checksum mismatch") && msg.contains("acoustic.pt"), msg);
    }

    @Test
    void refusesZipWhoseSha256DiffersFromTheComponentXmlBesideIt() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        VoicePackager.Result r = new VoicePackager().pack(TestArchives.tinyVoice(tmp), out, java.util.Optional.empty());
        String xml = Files.readString(r.componentXml());
        Files.writeString(r.componentXml(), xml.replace("sha256=\"" + r.component().sha256() + "\"",
                "sha256=\"" + "0".repeat(64) + "\""));
        String msg = refusal(r.zip());
        assertTrue(msg.contains("checksum mismatch: sha256"), msg);
    }

    @Test
    void refusesZipWhoseSizeDiffersFromTheComponentXmlBesideIt() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        VoicePackager.Result r = new VoicePackager().pack(TestArchives.tinyVoice(tmp), out, java.util.Optional.empty());
        Files.write(r.zip(), new byte[] { 0 }, java.nio.file.StandardOpenOption.APPEND);
        String msg = refusal(r.zip());
        assertTrue(msg.contains("size mismatch"), msg);
    }

    @Test
    void refusesEntryThatInflatesBeyondTheSizeItDeclares() throws IOException {
        byte[] noise = new byte[300_000];
        new java.util.Random(2).nextBytes(noise);
        Map<String, byte[]> m = withExtra("neural-voices/zh-tiny-test/liar.bin", noise);
        Path zip = TestArchives.ourZip(tmp.resolve("liar.zip"), m, TestArchives.descriptor(m, "1"));
        // the central directory claims 1000 bytes (what a crafted bomb does to pass header checks)
        byte[] b = Files.readAllBytes(zip);
        int p = ZipCentralDirectory.recordOffset(b, 4);
        java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(p + 24, 1000);
        Files.write(zip, b);
        String msg = refusal(zip);
        assertTrue(msg.contains("more than the 1000 bytes it declares"), msg);
    }

    @Test
    void refusesEntriesOutsideTheVoiceDirectory() throws IOException {
        Map<String, byte[]> m = withExtra("neural-voices/other-voice/voice.properties", new byte[] { 1 });
        Path zip = TestArchives.ourZip(tmp.resolve("other.zip"), m, TestArchives.descriptor(m, "1"));
        assertTrue(refusal(zip).contains("outside neural-voices/zh-tiny-test/"));
    }

    @Test
    void refusesZipWithoutComponentXml() throws IOException {
        Path zip = TestArchives.zip(tmp.resolve("bare.zip"), new LinkedHashMap<>(TestArchives.tinyEntries(p -> p)));
        assertTrue(refusal(zip).contains("no component XML"));
    }

    @Test
    void refusesWhileAnotherInstallHoldsTheLock() throws Exception {
        Map<String, byte[]> m = TestArchives.tinyEntries(p -> p);
        Path zip = TestArchives.ourZip(tmp.resolve("ok.zip"), m, TestArchives.descriptor(m, "1"));
        try (InstallLock held = InstallLock.acquire(new MaryBase(base))) {
            assertTrue(refusal(zip).contains("another voice-admin"));
        }
    }

    @Test
    void refusesUrls() {
        int rc = VoiceAdminMain.run(new String[] { "--base", base.toString(), "install", "http://example.org/v.zip" },
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()),
                Services.defaults());
        assertEquals(ExitCodes.USAGE, rc);
    }

    @Test
    void acceptsTheSameCraftedZipWhenItIsSound() throws IOException {
        Map<String, byte[]> m = TestArchives.tinyEntries(p -> p);
        Path zip = TestArchives.ourZip(tmp.resolve("ok.zip"), m, TestArchives.descriptor(m, "1"));
        int rc = VoiceAdminMain.run(new String[] { "--base", base.toString(), "install", zip.toString() },
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()),
                new Services(dir -> { }, limits, InstallHooks.NONE));
        assertEquals(ExitCodes.OK, rc);
        assertTrue(Files.isRegularFile(base.resolve("neural-voices/zh-tiny-test/acoustic.pt")));
        assertEquals(List.of("zh-tiny-test-1.0.0-component.xml"),
                Files.list(base.resolve("installed")).map(p -> p.getFileName().toString()).toList());
    }
}
