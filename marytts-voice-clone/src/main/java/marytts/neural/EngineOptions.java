package marytts.neural;

/**
 * Load-time settings of the neural engine, from system properties:
 * {@code mary.neural.device=auto|cpu|gpu} (auto = GPU if present), {@code mary.neural.predictors}
 * (pool size per model), {@code mary.neural.waitMillis} (longest wait for a free predictor),
 * {@code mary.neural.batch.max} and {@code mary.neural.batch.waitMillis} (dynamic batching across
 * concurrent requests; the default 0 means 8 on a GPU and 1 on the CPU, where padding a batch
 * cost more than it saved in {@code bin/tts-bench}), {@code mary.neural.queue} (bounded work queue
 * per model), {@code mary.neural.fp16=auto|on|off} (the package's FP16 acoustic model: auto = on a
 * GPU only, on = on any device, which only tests make sense of, off = never; it is used only if its
 * output passes the engine's check against the fp32 model).
 */
public record EngineOptions(String device, int predictors, long waitMillis, int maxBatch, long batchWaitMillis,
        int queueCapacity, String fp16) {
    public EngineOptions {
        if (!device.equals("auto") && !device.equals("cpu") && !device.equals("gpu")) {
            throw new IllegalArgumentException("mary.neural.device must be auto, cpu or gpu, not '" + device + "'");
        }
        if (!fp16.equals("auto") && !fp16.equals("on") && !fp16.equals("off")) {
            throw new IllegalArgumentException("mary.neural.fp16 must be auto, on or off, not '" + fp16 + "'");
        }
        predictors = Math.max(1, Math.min(64, predictors));
        waitMillis = Math.max(1, waitMillis);
        maxBatch = Math.max(0, Math.min(64, maxBatch)); // 0 = by device, see batchFor
        batchWaitMillis = Math.max(0, Math.min(1000, batchWaitMillis));
        queueCapacity = Math.max(1, queueCapacity);
    }

    public EngineOptions(String device, int predictors, long waitMillis) {
        this(device, predictors, waitMillis, 0, 5, 256, "auto");
    }

    /** The same options with another FP16 mode. */
    public EngineOptions withFp16(String mode) {
        return new EngineOptions(device, predictors, waitMillis, maxBatch, batchWaitMillis, queueCapacity, mode);
    }

    public static EngineOptions fromSystemProperties() {
        return new EngineOptions(System.getProperty("mary.neural.device", "auto").trim(),
                Integer.getInteger("mary.neural.predictors", Runtime.getRuntime().availableProcessors()),
                Long.getLong("mary.neural.waitMillis", 30_000L), Integer.getInteger("mary.neural.batch.max", 0),
                Long.getLong("mary.neural.batch.waitMillis", 5L), Integer.getInteger("mary.neural.queue", 256),
                System.getProperty("mary.neural.fp16", "auto").trim());
    }

    /** The batch size to use on a device: the configured one, or by device when it is 0. */
    public int batchFor(ai.djl.Device device) {
        if (maxBatch > 0) {
            return maxBatch;
        }
        return device.isGpu() ? 8 : 1;
    }

    /** Whether to try the package's FP16 acoustic model on this device. */
    public boolean wantsFp16(ai.djl.Device device) {
        return fp16.equals("on") || (fp16.equals("auto") && device.isGpu());
    }
}
