package marytts.neural;

/**
 * Load-time settings of the neural engine, from system properties:
 * {@code mary.neural.device=auto|cpu|gpu} (auto = GPU if present), {@code mary.neural.predictors}
 * (pool size per model), {@code mary.neural.waitMillis} (longest wait for a free predictor),
 */
public record EngineOptions(String device, int predictors, long waitMillis) {
    public EngineOptions {
        if (!device.equals("auto") && !device.equals("cpu") && !device.equals("gpu")) {
            throw new IllegalArgumentException("mary.neural.device must be auto, cpu or gpu, not '" + device + "'");
        }
        predictors = Math.max(1, Math.min(64, predictors));
        waitMillis = Math.max(1, waitMillis);
    }

    public static EngineOptions fromSystemProperties() {
        return new EngineOptions(System.getProperty("mary.neural.device", "auto").trim(),
                Integer.getInteger("mary.neural.predictors", Math.max(1, Runtime.getRuntime().availableProcessors() / 2)),
                Long.getLong("mary.neural.waitMillis", 30_000L));
    }
}
