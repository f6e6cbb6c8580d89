package marytts.zh.installer;

/** {@code remove NAME}. */
public final class RemoveCommand implements Command {
    @Override
    public String name() {
        return "remove";
    }

    @Override
    public String summary() {
        return "remove a voice, its install record and its embedding-cache entries";
    }

    @Override
    public String usage() {
        return "usage: voice-admin [--base DIR] remove NAME\n"
                + "Removes MARY_BASE/neural-voices/NAME, the files its install records list, the records in\n"
                + "MARY_BASE/installed, and the speaker-embedding cache entries of the voice\n"
                + "(MARY_BASE/cache/speaker-embeddings/NAME.*). Restart the server to drop it there.\n"
                + "Note: bin/mary-server copies the voices of this repository's voices/ folder into MARY_BASE on\n"
                + "every start (MARY_WITH_TEST_VOICE=0 skips zh-tiny-test).";
    }

    @Override
    public int run(Args args, Context ctx) throws AdminException, UsageException {
        String name = args.expect(1, 1, "NAME").get(0);
        VoiceRemover.Result r = new VoiceRemover(ctx.base()).remove(name);
        ctx.out().println("removed " + name + ": " + (r.directoryRemoved() ? "voice directory, " : "")
                + r.recordsRemoved() + " install record(s), " + r.filesRemoved() + " recorded file(s), "
                + r.cacheEntriesRemoved() + " cache entr" + (r.cacheEntriesRemoved() == 1 ? "y" : "ies"));
        return ExitCodes.OK;
    }
}
