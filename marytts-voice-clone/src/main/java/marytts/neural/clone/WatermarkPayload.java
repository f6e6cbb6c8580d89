package marytts.neural.clone;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * What a {@link Watermark} carries besides its presence: a 24-bit hash of the voice name and the
 * hour of synthesis, protected by a 10-bit CRC, 52 bits in all, sent as {@value #SYMBOLS} symbols
 * of {@value #SYMBOL_BITS} bits (one per payload sequence of the mark: 12 bits of circular shift
 * and 1 bit of sign).
 *
 * <p>Layout, most significant bit first: voice hash (24 bits: the first 3 bytes of SHA-256 of the
 * voice name in UTF-8), hours since {@link #EPOCH} (18 bits: 2024-01-01T00:00Z to 2053-11-28; later
 * times are stored as the last hour), CRC-10 (polynomial 0x233, initial value 0x3ff) of the 42 bits
 * before it. A decode whose CRC does not match is rejected, so a symbol decoded wrongly is reported
 * as an unreadable payload; the chance that a wrong decode passes the CRC is 1 in 1024 (and the
 * detector further requires every symbol's correlation peak to stand out, see
 * {@link WatermarkDetector#PAYLOAD_FLOOR}).
 */
public record WatermarkPayload(int voiceHash, int hour) {
    public static final int SYMBOLS = 4;
    public static final int SYMBOL_BITS = 13;
    public static final Instant EPOCH = Instant.parse("2024-01-01T00:00:00Z");
    static final int VOICE_BITS = 24;
    static final int HOUR_BITS = 18;
    static final int CRC_BITS = 10;
    private static final int CRC_POLY = 0x233;

    public WatermarkPayload {
        if (voiceHash < 0 || voiceHash >= 1 << VOICE_BITS || hour < 0 || hour >= 1 << HOUR_BITS) {
            throw new IllegalArgumentException("payload out of range: " + voiceHash + ", " + hour);
        }
    }

    /** The payload of an output of voice {@code voice} synthesized at {@code time}. */
    public static WatermarkPayload of(String voice, Instant time) {
        long h = Math.floorDiv(time.getEpochSecond() - EPOCH.getEpochSecond(), 3600);
        int hour = (int) Math.max(0, Math.min((1 << HOUR_BITS) - 1, h));
        return new WatermarkPayload(voiceHash(voice), hour);
    }

    /** The 24-bit hash of a voice name. */
    public static int voiceHash(String voice) {
        byte[] d = Hashing.digest().digest(voice.getBytes(StandardCharsets.UTF_8));
        return (d[0] & 0xff) << 16 | (d[1] & 0xff) << 8 | (d[2] & 0xff);
    }

    /** The voice hash as 6 hex digits. */
    public String voiceHex() {
        return String.format("%06x", voiceHash);
    }

    /** Start of the hour of synthesis (UTC). */
    public Instant time() {
        return EPOCH.plusSeconds(3600L * hour);
    }

    /** The 52-bit word split into {@value #SYMBOLS} symbols, most significant first. */
    public int[] symbols() {
        long data = (long) voiceHash << HOUR_BITS | hour;
        long word = data << CRC_BITS | crc(data);
        int[] s = new int[SYMBOLS];
        for (int i = 0; i < SYMBOLS; i++) {
            s[i] = (int) (word >>> (SYMBOL_BITS * (SYMBOLS - 1 - i))) & ((1 << SYMBOL_BITS) - 1);
        }
        return s;
    }

    /** The payload whose {@link #symbols()} these are, or empty if the CRC does not match. */
    public static Optional<WatermarkPayload> decode(int[] symbols) {
        if (symbols.length != SYMBOLS) {
            return Optional.empty();
        }
        long word = 0;
        for (int s : symbols) {
            if (s < 0 || s >= 1 << SYMBOL_BITS) {
                return Optional.empty();
            }
            word = word << SYMBOL_BITS | s;
        }
        long data = word >>> CRC_BITS;
        if ((word & ((1 << CRC_BITS) - 1)) != crc(data)) {
            return Optional.empty();
        }
        return Optional.of(new WatermarkPayload((int) (data >>> HOUR_BITS), (int) (data & ((1 << HOUR_BITS) - 1))));
    }

    static int crc(long data) {
        int bits = VOICE_BITS + HOUR_BITS;
        int r = (1 << CRC_BITS) - 1;
        for (int i = bits - 1; i >= 0; i--) {
            int in = (int) (data >>> i) & 1;
            int top = (r >>> (CRC_BITS - 1)) & 1;
            r = (r << 1) & ((1 << CRC_BITS) - 1);
            if ((top ^ in) != 0) {
                r ^= CRC_POLY;
            }
        }
        return r;
    }
}
