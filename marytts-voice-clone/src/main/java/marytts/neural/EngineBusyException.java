package marytts.neural;

/** No predictor became free in time: the caller should answer "busy, retry later". */
public class EngineBusyException extends Exception {
    private static final long serialVersionUID = 1L;

    public EngineBusyException(String message) {
        super(message);
    }
}
