package marytts.zh.installer;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code bin/voice-admin}: dispatches to one {@link Command} per sub-command. Global options come
 * before the command: {@code --base DIR} (MARY_BASE; default: the system property
 * {@value #BASE_DEFAULT_PROPERTY}, set by the launcher to {@code run/mary-base} like bin/mary-server),
 * {@code --help}. Exit codes: see {@link ExitCodes}. Errors are one line on stderr.
 */
public final class VoiceAdminMain {
    public static final String BASE_DEFAULT_PROPERTY = "voice.admin.base.default";

    private static final List<Command> COMMANDS = List.of(new ListCommand(), new InfoCommand(), new InstallCommand(),
            new RemoveCommand(), new VerifyCommand(), new PackageCommand(), new EnrollCommand(), new RevokeCommand(),
            new EmbeddingsCommand(), new DetectCommand());

    private VoiceAdminMain() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        quietSlf4j();
        System.exit(run(args, out, err, Services.defaults()));
    }

    /**
     * DJL logs through SLF4J 1.x, which finds no binding on MaryTTS's classpath and prints a
     * three-line notice on stderr at first use; initialise it with stderr muted so that errors stay
     * one line. Nothing else is printed at that moment.
     */
    private static void quietSlf4j() {
        PrintStream saved = System.err;
        try {
            System.setErr(new PrintStream(OutputStream.nullOutputStream()));
            org.slf4j.LoggerFactory.getILoggerFactory();
        } catch (RuntimeException | LinkageError e) {
            // no SLF4J: nothing to quiet
        } finally {
            System.setErr(saved);
        }
    }

    public static int run(String[] argv, PrintStream out, PrintStream err, Services services) {
        List<String> args = new ArrayList<>(Arrays.asList(argv));
        String base = System.getProperty(BASE_DEFAULT_PROPERTY);
        while (!args.isEmpty() && args.get(0).startsWith("-")) {
            String opt = args.remove(0);
            if (opt.equals("--help") || opt.equals("-h")) {
                out.println(usage());
                return ExitCodes.OK;
            } else if (opt.equals("--base") && !args.isEmpty()) {
                base = args.remove(0);
            } else if (opt.startsWith("--base=")) {
                base = opt.substring("--base=".length());
            } else {
                return usageError(err, null, opt.equals("--base") ? "--base needs a directory" : "unknown option '" + opt + "'");
            }
        }
        if (args.isEmpty()) {
            return usageError(err, null, "missing command");
        }
        Map<String, Command> byName = new LinkedHashMap<>();
        COMMANDS.forEach(c -> byName.put(c.name(), c));
        Command cmd = byName.get(args.get(0));
        if (cmd == null) {
            return usageError(err, null, "unknown command '" + args.get(0) + "'");
        }
        List<String> rest = args.subList(1, args.size());
        try {
            if (rest.contains("--help") || rest.contains("-h")) {
                out.println(cmd.usage());
                return ExitCodes.OK;
            }
            Args parsed = cmd.checksArguments() ? Args.parse(rest, cmd.valueOptions(), cmd.flagOptions())
                    : Args.parse(List.of(), List.of(), List.of());
            MaryBase maryBase = null;
            if (cmd.needsBase() && (base == null || base.isBlank())) {
                throw new UsageException("no MARY_BASE: pass --base DIR");
            }
            if (base != null && !base.isBlank()) {
                maryBase = new MaryBase(Paths.get(base)); // optional for commands that do not need it (detect)
            }
            return cmd.run(parsed, new Context(maryBase, out, err, services));
        } catch (UsageException e) {
            return usageError(err, cmd, e.getMessage());
        } catch (AdminException e) {
            err.println("voice-admin: " + cmd.name() + ": " + DjlLoadTester.oneLine(e.getMessage()));
            return ExitCodes.FAILED;
        } catch (RuntimeException e) {
            err.println("voice-admin: " + cmd.name() + ": internal error: " + DjlLoadTester.oneLine(String.valueOf(e)));
            return ExitCodes.FAILED;
        }
    }

    private static int usageError(PrintStream err, Command cmd, String message) {
        err.println("voice-admin" + (cmd == null ? "" : ": " + cmd.name()) + ": " + message + " (try 'voice-admin "
                + (cmd == null ? "" : cmd.name() + " ") + "--help')");
        return ExitCodes.USAGE;
    }

    static String usage() {
        StringBuilder sb = new StringBuilder();
        sb.append("usage: voice-admin [--base DIR] COMMAND [ARGS] (COMMAND --help for details)\n");
        sb.append("Installs, verifies, lists and removes voices of a MaryTTS server (MARY_BASE).\n\n");
        for (Command c : COMMANDS) {
            sb.append(String.format("  %-10s %s%n", c.name(), c.summary()));
        }
        sb.append("\n  --base DIR   MARY_BASE (default run/mary-base, as bin/mary-server)\n");
        sb.append("Exit codes: 0 ok, 1 failed or refused, 2 usage error, 3 not available yet.\n");
        sb.append("Restart the server after install/remove: MaryTTS registers voices at start-up.");
        return sb.toString();
    }
}
