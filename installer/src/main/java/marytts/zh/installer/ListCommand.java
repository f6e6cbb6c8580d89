package marytts.zh.installer;

import java.util.ArrayList;
import java.util.List;

/** {@code list}: one line per installed voice. */
public final class ListCommand implements Command {
    @Override
    public String name() {
        return "list";
    }

    @Override
    public String summary() {
        return "list the voices in MARY_BASE (recorded installs and voice directories)";
    }

    @Override
    public String usage() {
        return "usage: voice-admin [--base DIR] list\n"
                + "Prints one line per voice: NAME VERSION TYPE LOCALE GENDER SOURCE, where SOURCE is\n"
                + "'recorded' (installed by voice-admin or MaryTTS's installer, see installed/) or 'unrecorded'\n"
                + "(a directory in neural-voices/ copied by hand or by bin/mary-server).";
    }

    @Override
    public int run(Args args, Context ctx) throws UsageException {
        args.expect(0, 0, "nothing");
        List<String> problems = new ArrayList<>();
        List<VoiceCatalog.Voice> voices = new VoiceCatalog(ctx.base()).voices(problems);
        for (VoiceCatalog.Voice v : voices) {
            ctx.out().printf("%-24s %-10s %-8s %-6s %-7s %s%n", v.name(), v.version(), v.type(), v.locale(),
                    v.gender(), v.record().isPresent() ? "recorded" : "unrecorded");
        }
        if (voices.isEmpty()) {
            ctx.out().println("no voices in " + ctx.base().root());
        }
        for (String p : problems) {
            ctx.err().println("voice-admin: list: warning: " + p);
        }
        return ExitCodes.OK;
    }
}
