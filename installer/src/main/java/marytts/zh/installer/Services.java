package marytts.zh.installer;

/**
 * Settings shared by the services: how models are load-tested, the archive limits, and the hooks
 * an install calls between its steps (tests inject failures there).
 */
public record Services(LoadTester loadTester, ZipLimits limits, InstallHooks hooks) {
    public static Services defaults() {
        return new Services(new DjlLoadTester(), ZipLimits.fromSystemProperties(), InstallHooks.NONE);
    }
}
