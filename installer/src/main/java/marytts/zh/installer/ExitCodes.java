package marytts.zh.installer;

/** Exit codes of {@code bin/voice-admin}; scripts rely on them. */
public final class ExitCodes {
    /** The operation succeeded. */
    public static final int OK = 0;
    /** The operation failed or was refused (unsafe archive, checksum mismatch, voice exists, ...). */
    public static final int FAILED = 1;
    /** Bad command line. */
    public static final int USAGE = 2;
    /** The command exists but is not available yet. */
    public static final int NOT_AVAILABLE = 3;

    private ExitCodes() {
    }
}
