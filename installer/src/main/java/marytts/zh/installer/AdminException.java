package marytts.zh.installer;

/** An operation failed or was refused; the message is the one line shown to the admin (exit 1). */
public class AdminException extends Exception {
    private static final long serialVersionUID = 1L;

    public AdminException(String message) {
        super(message);
    }

    public AdminException(String message, Throwable cause) {
        super(message, cause);
    }
}
