package marytts.neural.clone;

/** A refusal or failure of the cloning service, with a message meant for the person running it (one line). */
public class EnrollmentException extends Exception {
    private static final long serialVersionUID = 1L;

    public EnrollmentException(String message) {
        super(message);
    }

    public EnrollmentException(String message, Throwable cause) {
        super(message, cause);
    }
}
