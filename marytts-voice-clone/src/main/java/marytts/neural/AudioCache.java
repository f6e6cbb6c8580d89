package marytts.neural;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;

/**
 * A bounded LRU cache of synthesized PCM, keyed by voice, speaker and the exact model inputs
 * (phone/tone/boundary ids, controls, pauses) — so any two requests that reach the models with
 * the same inputs share audio, whatever their text or SSML looked like. Bounded by total bytes.
 */
final class AudioCache {
    private final Cache<String, byte[]> cache;
    private final long maxBytes;

    AudioCache(long maxBytes) {
        this.maxBytes = maxBytes;
        this.cache = CacheBuilder.newBuilder().maximumWeight(Math.max(1, maxBytes))
                .weigher((String k, byte[] v) -> v.length + k.length()).build();
    }

    static AudioCache fromSystemProperties() {
        return new AudioCache(Long.getLong("mary.neural.cache.mb", 64L) * 1024 * 1024);
    }

    boolean enabled() {
        return maxBytes > 0;
    }

    byte[] get(String key) {
        return enabled() ? cache.getIfPresent(key) : null;
    }

    void put(String key, byte[] pcm) {
        // one entry may take at most a quarter of the cache, so one long text cannot flush it
        if (enabled() && pcm.length <= maxBytes / 4) {
            cache.put(key, pcm);
        }
    }

    long size() {
        return cache.size();
    }

    static String key(String voice, float[] speaker, List<PhoneSequence> chunks) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(voice.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            ByteBuffer b = ByteBuffer.allocate(4 * speaker.length);
            for (float f : speaker) {
                b.putFloat(f);
            }
            md.update(b.array());
            for (PhoneSequence c : chunks) {
                ByteBuffer row = ByteBuffer.allocate(8 * 3 * c.length() + 4 * 4);
                for (long v : c.phones()) {
                    row.putLong(v);
                }
                for (long v : c.tones()) {
                    row.putLong(v);
                }
                for (long v : c.boundaries()) {
                    row.putLong(v);
                }
                row.putInt(c.silenceAfterMs());
                for (float f : c.controls().toArray()) {
                    row.putFloat(f);
                }
                md.update(row.array());
            }
            return voice + ":" + HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
