package marytts.zh.installer;

import java.util.ArrayList;
import java.util.List;

/** {@code verify [NAME]}: one line per voice; exit 1 if any fails. */
public final class VerifyCommand implements Command {
    @Override
    public String name() {
        return "verify";
    }

    @Override
    public String summary() {
        return "re-check the sha256 of every file and load-test the models";
    }

    @Override
    public String usage() {
        return "usage: voice-admin [--base DIR] verify [NAME]\n"
                + "Checks voice NAME (default: every voice): contract version, voice.properties, the sha256 of\n"
                + "every file against voice.properties and the install record, and runs the models once.\n"
                + "Prints 'OK NAME: ...' or 'FAIL NAME: reason' per voice; exit 1 if any fails.";
    }

    @Override
    public int run(Args args, Context ctx) throws AdminException, UsageException {
        List<String> pos = args.expect(0, 1, "NAME");
        List<String> problems = new ArrayList<>();
        VoiceCatalog catalog = new VoiceCatalog(ctx.base());
        List<VoiceCatalog.Voice> voices = new ArrayList<>();
        if (pos.isEmpty()) {
            voices.addAll(catalog.voices(problems));
        } else {
            voices.add(catalog.find(pos.get(0)).orElseThrow(
                    () -> new AdminException("no voice named '" + pos.get(0) + "' in " + ctx.base().root())));
        }
        VoiceVerifier verifier = new VoiceVerifier(ctx.services().loadTester());
        int failed = 0;
        for (VoiceCatalog.Voice v : voices) {
            try {
                ctx.out().println("OK " + v.name() + ": " + verifier.verifyInstalled(ctx.base(), v));
            } catch (AdminException e) {
                failed++;
                ctx.out().println("FAIL " + v.name() + ": " + DjlLoadTester.oneLine(e.getMessage()));
            }
        }
        for (String p : problems) {
            failed++;
            ctx.out().println("FAIL record: " + DjlLoadTester.oneLine(p));
        }
        if (voices.isEmpty() && problems.isEmpty()) {
            ctx.out().println("no voices in " + ctx.base().root());
        }
        return failed == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
