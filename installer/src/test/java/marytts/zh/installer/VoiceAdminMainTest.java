package marytts.zh.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CLI contract: --help everywhere, exit codes, one-line errors. */
class VoiceAdminMainTest {
    @TempDir
    Path tmp;

    private int rc;
    private String out;
    private String err;

    private void run(String... args) {
        AdminCli.Run r = AdminCli.run(new Services(d -> { }, ZipLimits.defaults(), InstallHooks.NONE), args);
        rc = r.rc();
        out = r.out();
        err = r.err();
    }

    @ParameterizedTest
    @ValueSource(strings = { "list", "info", "install", "remove", "verify", "package", "enroll" })
    void everyCommandHasHelp(String command) {
        run(command, "--help");
        assertEquals(ExitCodes.OK, rc);
        assertTrue(out.startsWith("usage: voice-admin"), out);
    }

    @Test
    void globalHelpListsCommandsAndExitCodes() {
        run("--help");
        assertEquals(ExitCodes.OK, rc);
        assertTrue(out.contains("enroll") && out.contains("Exit codes") && out.contains("Restart"), out);
    }

    @Test
    void enrollWithoutItsOptionsIsAUsageError() {
        run("--base", "/nonexistent-base", "enroll", "--audio", "x.wav");
        assertEquals(ExitCodes.USAGE, rc);
        assertTrue(err.contains("missing --name"), err);
    }

    @Test
    void usageErrorsExitWithTwo() {
        run("frobnicate");
        assertEquals(ExitCodes.USAGE, rc);
        run("--base", tmp.toString(), "install");
        assertEquals(ExitCodes.USAGE, rc);
        run("--base", tmp.toString(), "list", "--bogus");
        assertEquals(ExitCodes.USAGE, rc);
        assertEquals(1, err.strip().lines().count(), err);
        run();
        assertEquals(ExitCodes.USAGE, rc);
    }

    @Test
    void listOfAnEmptyBaseSaysSo() {
        run("--base", tmp.toString(), "list");
        assertEquals(ExitCodes.OK, rc);
        assertTrue(out.contains("no voices"), out);
    }

    @Test
    void missingThingsFailWithOneLine() {
        run("--base", tmp.toString(), "info", "nope");
        assertEquals(ExitCodes.FAILED, rc);
        assertEquals(1, err.strip().lines().count(), err);
        run("--base", tmp.toString(), "install", tmp.resolve("missing.zip").toString());
        assertEquals(ExitCodes.FAILED, rc);
        assertTrue(err.contains("no such file"), err);
        run("package", tmp.toString());
        assertEquals(ExitCodes.FAILED, rc);
        assertEquals(1, err.strip().lines().count(), err);
    }
}
