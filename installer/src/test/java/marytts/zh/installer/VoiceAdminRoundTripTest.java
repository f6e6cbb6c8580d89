package marytts.zh.installer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * package → install → list/info/verify → remove through the CLI with the real DJL load test, then
 * {@code --force} with a backup, and installs interrupted at each commit step leaving nothing half-installed.
 */
class VoiceAdminRoundTripTest {
    @TempDir
    Path tmp;

    private static Services real() {
        return new Services(new DjlLoadTester(), ZipLimits.defaults(), InstallHooks.NONE);
    }

    private static Services failingAt(String step) {
        return new Services(dir -> { }, ZipLimits.defaults(), s -> {
            if (s.equals(step)) {
                throw new IOException("injected failure at step " + step);
            }
        });
    }

    private static List<String> names(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void packagesInstallsListsVerifiesAndRemovesAVoice() throws Exception {
        Path base = tmp.resolve("base");
        Path out = tmp.resolve("dist");
        AdminCli.Run pack = AdminCli.run(real(), "package", TestArchives.tinyVoice(tmp).toString(), "--out",
                out.toString());
        assertEquals(0, pack.rc(), pack.err());
        assertEquals(List.of("zh-tiny-test-1.0.0-component.xml", "zh-tiny-test-1.0.0.zip"), names(out));
        String xml = Files.readString(out.resolve("zh-tiny-test-1.0.0-component.xml"));
        assertTrue(xml.contains("xmlns=\"http://mary.dfki.de/installer\"") && xml.contains("md5sum=")
                && xml.contains("sha256=") && xml.contains("neural-voices/zh-tiny-test/acoustic.pt"), xml);

        Path zip = out.resolve("zh-tiny-test-1.0.0.zip");
        AdminCli.Run install = AdminCli.run(real(), "--base", base.toString(), "install", zip.toString());
        assertEquals(0, install.rc(), install.err());
        assertTrue(install.out().contains("restart"), install.out());
        assertTrue(Files.isRegularFile(base.resolve("neural-voices/zh-tiny-test/voice.properties")));
        assertEquals(List.of("zh-tiny-test-1.0.0-component.xml"), names(base.resolve("installed")));
        assertEquals(List.of("lock"), names(base.resolve(".voice-admin")), "no staging left");

        AdminCli.Run list = AdminCli.run(real(), "--base", base.toString(), "list");
        assertEquals(0, list.rc());
        assertTrue(list.out().matches("(?s)zh-tiny-test\\s+1\\.0\\.0\\s+neural\\s+zh_CN\\s+female\\s+recorded\\s*"),
                list.out());
        AdminCli.Run info = AdminCli.run(real(), "--base", base.toString(), "info", "zh-tiny-test");
        assertEquals(0, info.rc());
        assertTrue(info.out().contains("version: 1.0.0") && info.out().contains("file: acoustic.pt"), info.out());
        AdminCli.Run verify = AdminCli.run(real(), "--base", base.toString(), "verify");
        assertEquals(0, verify.rc(), verify.out() + verify.err());
        assertTrue(verify.out().startsWith("OK zh-tiny-test: "), verify.out());

        // a tampered model is caught by verify
        Path vocoder = base.resolve("neural-voices/zh-tiny-test/vocoder.pt");
        byte[] good = Files.readAllBytes(vocoder);
        byte[] bad = good.clone();
        bad[bad.length / 2] ^= 1;
        Files.write(vocoder, bad);
        AdminCli.Run broken = AdminCli.run(real(), "--base", base.toString(), "verify", "zh-tiny-test");
        assertEquals(1, broken.rc());
        assertTrue(broken.out().startsWith("FAIL zh-tiny-test: ") && broken.out().contains("checksum mismatch"),
                broken.out());
        Files.write(vocoder, good);

        // a second install without --force is refused, with --force the old one goes to backups/
        AdminCli.Run again = AdminCli.run(real(), "--base", base.toString(), "install", zip.toString());
        assertEquals(1, again.rc());
        assertTrue(again.err().contains("already installed") && again.err().contains("--force"), again.err());
        Files.writeString(base.resolve("neural-voices/zh-tiny-test/LICENSE"), "old license text");
        AdminCli.Run forced = AdminCli.run(real(), "--base", base.toString(), "install", zip.toString(), "--force");
        assertEquals(0, forced.rc(), forced.err());
        assertTrue(forced.out().contains("previous version kept in"), forced.out());
        List<String> backups = names(base.resolve("backups"));
        assertEquals(1, backups.size());
        Path backup = base.resolve("backups").resolve(backups.get(0));
        assertEquals("old license text", Files.readString(backup.resolve("neural-voices/zh-tiny-test/LICENSE")));
        assertTrue(Files.isRegularFile(backup.resolve("installed/zh-tiny-test-1.0.0-component.xml")));
        assertFalse(Files.readString(base.resolve("neural-voices/zh-tiny-test/LICENSE")).equals("old license text"));

        // remove: directory, record and the voice's embedding-cache entries, not other voices' entries
        Path cache = Files.createDirectories(base.resolve("cache/speaker-embeddings"));
        Files.writeString(cache.resolve("zh-tiny-test.abc123.emb"), "x");
        Files.writeString(cache.resolve("zh-tiny-test-2.abc123.emb"), "y");
        AdminCli.Run remove = AdminCli.run(real(), "--base", base.toString(), "remove", "zh-tiny-test");
        assertEquals(0, remove.rc(), remove.err());
        assertFalse(Files.exists(base.resolve("neural-voices/zh-tiny-test")));
        assertEquals(List.of(), names(base.resolve("installed")));
        assertEquals(List.of("zh-tiny-test-2.abc123.emb"), names(cache));
        assertEquals(1, AdminCli.run(real(), "--base", base.toString(), "info", "zh-tiny-test").rc());
        assertEquals(1, AdminCli.run(real(), "--base", base.toString(), "remove", "zh-tiny-test").rc());
    }

    @Test
    void anInterruptedFreshInstallLeavesNothingBehind() throws Exception {
        Path out = tmp.resolve("dist");
        new VoicePackager().pack(TestArchives.tinyVoice(tmp), out, java.util.Optional.empty());
        Path zip = out.resolve("zh-tiny-test-1.0.0.zip");
        for (String step : List.of("verified", "backed-up", "moved", "recorded")) {
            Path base = tmp.resolve("base-" + step);
            AdminCli.Run r = AdminCli.run(failingAt(step), "--base", base.toString(), "install", zip.toString());
            assertEquals(1, r.rc(), step);
            assertTrue(r.err().contains("rolled back") && r.err().contains("injected failure"), r.err());
            assertEquals(List.of(), names(base.resolve("neural-voices")), step);
            assertEquals(List.of(), names(base.resolve("installed")), step);
            assertEquals(List.of("lock"), names(base.resolve(".voice-admin")), step);
            assertEquals(List.of(), names(base.resolve("backups")), step);
        }
    }

    @Test
    void anInterruptedForcedInstallRestoresTheOldVoice() throws Exception {
        Path out = tmp.resolve("dist");
        new VoicePackager().pack(TestArchives.tinyVoice(tmp), out, java.util.Optional.empty());
        Path zip = out.resolve("zh-tiny-test-1.0.0.zip");
        for (String step : List.of("backed-up", "moved", "recorded")) {
            Path base = tmp.resolve("base-" + step);
            Services noLoad = new Services(dir -> { }, ZipLimits.defaults(), InstallHooks.NONE);
            assertEquals(0, AdminCli.run(noLoad, "--base", base.toString(), "install", zip.toString()).rc());
            Path license = base.resolve("neural-voices/zh-tiny-test/LICENSE");
            Files.writeString(license, "old");
            byte[] record = Files.readAllBytes(base.resolve("installed/zh-tiny-test-1.0.0-component.xml"));

            AdminCli.Run r = AdminCli.run(failingAt(step), "--base", base.toString(), "install", zip.toString(), "--force");
            assertEquals(1, r.rc(), step);
            assertTrue(r.err().contains("rolled back"), r.err());
            assertEquals("old", Files.readString(license), step);
            assertArrayEquals(record, Files.readAllBytes(base.resolve("installed/zh-tiny-test-1.0.0-component.xml")));
            assertEquals(List.of("zh-tiny-test-1.0.0-component.xml"), names(base.resolve("installed")));
            assertEquals(List.of("lock"), names(base.resolve(".voice-admin")), step);
            assertEquals(List.of(), names(base.resolve("backups")), step);
        }
    }

    @Test
    void aFailedLoadTestInstallsNothing() throws Exception {
        Path out = tmp.resolve("dist");
        new VoicePackager().pack(TestArchives.tinyVoice(tmp), out, java.util.Optional.empty());
        Path base = tmp.resolve("base");
        Services failingLoad = new Services(dir -> {
            throw new AdminException("load test failed: models do not run");
        }, ZipLimits.defaults(), InstallHooks.NONE);
        AdminCli.Run r = AdminCli.run(failingLoad, "--base", base.toString(), "install", out.resolve("zh-tiny-test-1.0.0.zip").toString());
        assertEquals(1, r.rc());
        assertTrue(r.err().contains("load test failed"), r.err());
        assertEquals(List.of(), names(base.resolve("neural-voices")));
        assertEquals(List.of(), names(base.resolve("installed")));
    }
}
