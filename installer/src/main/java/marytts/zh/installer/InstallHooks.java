package marytts.zh.installer;

/** Called by {@link VoiceInstaller} before each step of the commit; a failure there must roll back. */
@FunctionalInterface
public interface InstallHooks {
    InstallHooks NONE = step -> {
    };

    /** Steps: {@code verified}, {@code backed-up}, {@code moved}, {@code recorded}. */
    void reached(String step) throws Exception;
}
