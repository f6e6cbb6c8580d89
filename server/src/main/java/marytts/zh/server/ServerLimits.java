package marytts.zh.server;

/**
 * The limits of the hardened server, read once from system properties (see the README section
 * "Limits and safety"). Every value has a default that is safe for a small shared machine.
 */
record ServerLimits(String bind, int maxChars, long maxBodyBytes, int maxDepth, double maxBreakSeconds,
        int maxAudioSeconds, long timeoutMillis, int running, int waiting, long queueWaitMillis,
        int retryAfterSeconds, int ioThreads, int idleTimeoutMillis) {

    static ServerLimits fromSystemProperties() {
        int cores = Runtime.getRuntime().availableProcessors();
        int maxChars = positive("mary.server.maxChars", 50_000);
        long timeout = Long.getLong("mary.server.timeoutMillis", Long.getLong("mary.neural.timeoutMillis", 60_000L));
        timeout = Math.max(100, timeout);
        return new ServerLimits(System.getProperty("mary.bind", "127.0.0.1").trim(), maxChars,
                Math.max(1024, Long.getLong("mary.server.maxBodyBytes", 12L * maxChars + 65_536)),
                positive("mary.server.maxDepth", 32),
                Math.max(0, Double.parseDouble(System.getProperty("mary.server.maxBreakSeconds", "10"))),
                positive("mary.neural.maxAudioSeconds", 600), timeout,
                positive("mary.server.running", 2 * cores),
                Math.max(0, Integer.getInteger("mary.server.waiting", 16)),
                Math.max(0, Long.getLong("mary.server.queueWaitMillis", timeout)),
                positive("mary.server.retryAfterSeconds", 2),
                positive("mary.server.ioThreads", Math.max(2, cores)),
                (int) Math.min(Integer.MAX_VALUE, Long.getLong("mary.server.idleTimeoutMillis", timeout + 30_000)));
    }

    private static int positive(String name, int dflt) {
        return Math.max(1, Integer.getInteger(name, dflt));
    }
}
