package marytts.neural;

/** The front end produced a phone the voice's phone table does not have. */
public class UnknownPhoneException extends Exception {
    private static final long serialVersionUID = 1L;

    public UnknownPhoneException(String voice, String phone) {
        super("voice " + voice + " has no phone '" + phone + "' in symbols.phones");
    }
}
