package marytts.zh.installer;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/** {@code install FILE.zip [--force]}. */
public final class InstallCommand implements Command {
    @Override
    public String name() {
        return "install";
    }

    @Override
    public String summary() {
        return "install a voice component zip (ours or a stock MaryTTS voice), atomically";
    }

    @Override
    public String usage() {
        return "usage: voice-admin [--base DIR] install FILE.zip [--force]\n"
                + "Installs a local component zip. Its component XML lies beside it (FILE-component.xml) or at\n"
                + "the zip's root. Neural voices (neural-voices/NAME/...) go to MARY_BASE/neural-voices/NAME,\n"
                + "stock MaryTTS voices (lib/*.jar) to MARY_BASE/lib; the install is recorded in MARY_BASE/installed.\n"
                + "Refuses unsafe archives (../, absolute paths, links, zip bombs), unknown contract versions and\n"
                + "checksum mismatches. Verifies and load-tests in a staging directory, then moves into place;\n"
                + "rolls back on any failure. Restart the server to use the new voice.\n"
                + "  --force   replace an installed voice; the old one is moved to MARY_BASE/backups/ (restored\n"
                + "            if the install fails)";
    }

    @Override
    public List<String> flagOptions() {
        return List.of("--force");
    }

    @Override
    public int run(Args args, Context ctx) throws AdminException, UsageException {
        String file = args.expect(1, 1, "FILE.zip").get(0);
        if (file.matches("[A-Za-z][A-Za-z0-9+.-]*:.*") && !file.matches("[A-Za-z]:[\\\\/].*")) {
            throw new UsageException("install reads local files only, not URLs: '" + file + "'");
        }
        Path zip = Paths.get(file).toAbsolutePath().normalize();
        VoiceInstaller.Result r = new VoiceInstaller(ctx.base(), ctx.services()).install(zip, args.flag("--force"));
        ctx.out().println("installed " + r.component().name() + " " + r.component().version() + " in "
                + r.installedAt());
        r.backup().ifPresent(b -> ctx.out().println("previous version kept in " + b));
        ctx.out().println("restart the MaryTTS server to use it (voices are registered at start-up)");
        return ExitCodes.OK;
    }
}
