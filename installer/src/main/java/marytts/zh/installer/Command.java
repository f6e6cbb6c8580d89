package marytts.zh.installer;

import java.util.List;

/** One voice-admin sub-command: parses its own arguments and calls the services. */
public interface Command {
    String name();

    /** One line: what the command does. */
    String summary();

    /** Full usage text printed by {@code --help}. */
    String usage();

    /** Runs the command; returns an exit code from {@link ExitCodes}. */
    int run(Args args, Context context) throws AdminException, UsageException;

    /** Which options take a value (e.g. {@code --out}); the others are flags. */
    default List<String> valueOptions() {
        return List.of();
    }

    /** False for commands that do not touch a MARY_BASE (their context's base is then null). */
    default boolean needsBase() {
        return true;
    }

    /** False for commands that accept any arguments (they are not checked, only {@code --help} is seen). */
    default boolean checksArguments() {
        return true;
    }

    /** Which options are flags (e.g. {@code --force}). */
    default List<String> flagOptions() {
        return List.of();
    }
}
