package marytts.zh.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import marytts.zh.installer.Services;
import marytts.zh.installer.VoiceAdminMain;

/** The admin round trip through a real server: package, install, the server lists and speaks it, remove. */
class VoiceInstallIT {
    @TempDir
    Path tmp;

    private static int admin(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = VoiceAdminMain.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Services.defaults());
        assertEquals(0, code, String.join(" ", args) + ": " + err.toString(StandardCharsets.UTF_8));
        return code;
    }

    @Test
    void packagedVoiceIsInstalledSpokenAndRemoved() throws Exception {
        Path base = Files.createDirectories(tmp.resolve("base"));
        Path out = Files.createDirectories(tmp.resolve("out"));
        admin("package", SharedMaryServer.projectRoot().resolve("voices/zh-tiny-test").toString(), "--out",
                out.toString());
        Path zip;
        try (Stream<Path> files = Files.list(out)) {
            zip = files.filter(f -> f.toString().endsWith(".zip")).findFirst().orElseThrow();
        }
        admin("--base", base.toString(), "install", zip.toString());

        SharedMaryServer server = SharedMaryServer.startOn(base, List.of());
        try {
            assertTrue(server.get("/voices", Map.of()).text().contains("zh-tiny-test zh_CN"));
            SharedMaryServer.Response r = server.get("/process", Map.of("INPUT_TEXT", "你好", "INPUT_TYPE", "TEXT",
                    "OUTPUT_TYPE", "AUDIO", "LOCALE", "zh_CN", "AUDIO", "WAVE_FILE", "VOICE", "zh-tiny-test"));
            assertEquals(200, r.status(), r.text());
            assertTrue(Wav.parse(r.body()).rms() > 0.01);
        } finally {
            server.stop();
        }

        admin("--base", base.toString(), "remove", "zh-tiny-test");
        assertFalse(Files.exists(base.resolve("neural-voices/zh-tiny-test")));
        SharedMaryServer restarted = SharedMaryServer.startOn(base, List.of());
        try {
            assertFalse(restarted.get("/voices", Map.of()).text().contains("zh-tiny-test"));
        } finally {
            restarted.stop();
        }
    }
}
