package marytts.zh.server;

/** A request the server refuses: an HTTP status and a one-line message for the client. */
final class ClientError extends Exception {
    private static final long serialVersionUID = 1L;
    final int status;

    ClientError(int status, String message) {
        super(message);
        this.status = status;
    }
}
