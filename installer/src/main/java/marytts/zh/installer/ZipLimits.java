package marytts.zh.installer;

/**
 * Bounds for archives (zip-bomb guard), counted on the bytes actually inflated, not on the sizes
 * the archive declares. Defaults fit neural voices (models of up to a few hundred MB); override with
 * {@code -Dvoice.admin.max.bytes}, {@code -Dvoice.admin.max.entries}, {@code -Dvoice.admin.max.ratio}.
 */
public record ZipLimits(long maxTotalBytes, int maxEntries, long maxRatio) {
    /** Entries smaller than this are not held to the ratio (tiny text files compress very well). */
    public static final long RATIO_FLOOR_BYTES = 1 << 20;

    public static ZipLimits defaults() {
        return new ZipLimits(4L << 30, 2_000, 200);
    }

    public static ZipLimits fromSystemProperties() {
        ZipLimits d = defaults();
        return new ZipLimits(Long.getLong("voice.admin.max.bytes", d.maxTotalBytes()),
                Integer.getInteger("voice.admin.max.entries", d.maxEntries()),
                Long.getLong("voice.admin.max.ratio", d.maxRatio()));
    }
}
