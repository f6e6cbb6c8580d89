package marytts.neural;

/**
 * Per-request bounds of neural synthesis, from system properties: {@code mary.neural.timeoutMillis}
 * (longest wait for the models, default 60 s) and {@code mary.neural.maxAudioSeconds} (longest
 * audio one request may produce, default 600 s).
 */
record SynthesisLimits(long timeoutMillis, int maxAudioSeconds) {
    static SynthesisLimits fromSystemProperties() {
        return new SynthesisLimits(Math.max(100, Long.getLong("mary.neural.timeoutMillis", 60_000L)),
                Math.max(1, Integer.getInteger("mary.neural.maxAudioSeconds", 600)));
    }
}
