package marytts.zh.installer;

/** {@code enroll}: voice cloning is not implemented yet (issue 9); says so and exits 3. */
public final class EnrollCommand implements Command {
    static final String MESSAGE = "not available yet: voice cloning (issue 9)";

    @Override
    public String name() {
        return "enroll";
    }

    @Override
    public String summary() {
        return MESSAGE;
    }

    @Override
    public String usage() {
        return "usage: voice-admin enroll ...\n"
                + "Enrolls a cloned voice from a consenting speaker's recordings. " + MESSAGE + ": exits with "
                + ExitCodes.NOT_AVAILABLE + ".";
    }

    @Override
    public boolean checksArguments() {
        return false;
    }

    @Override
    public boolean needsBase() {
        return false;
    }

    @Override
    public int run(Args args, Context ctx) {
        ctx.err().println("voice-admin: enroll: " + MESSAGE);
        return ExitCodes.NOT_AVAILABLE;
    }
}
