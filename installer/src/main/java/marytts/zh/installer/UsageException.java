package marytts.zh.installer;

/** The command line is wrong (exit 2). */
public class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
