package marytts.zh.installer;

/** An archive or package was refused for safety or integrity reasons (exit 1, message starts with "refused:"). */
public class RefusedException extends AdminException {
    private static final long serialVersionUID = 1L;

    public RefusedException(String reason) {
        super("refused: " + reason);
    }
}
