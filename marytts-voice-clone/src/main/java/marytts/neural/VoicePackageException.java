package marytts.neural;

/** A voice package that breaks the contract; the message names the file and the key. */
public class VoicePackageException extends Exception {
    private static final long serialVersionUID = 1L;

    public VoicePackageException(String message) {
        super(message);
    }

    public VoicePackageException(String message, Throwable cause) {
        super(message, cause);
    }
}
