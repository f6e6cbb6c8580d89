package marytts.neural.clone;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeakerEmbeddingCacheTest {
    @TempDir
    Path tmp;

    @Test
    void reusesByContentNotPathAndMissesWhenAudioOrModelChanges() throws Exception {
        SpeakerEmbeddingCache cache = new SpeakerEmbeddingCache(tmp.resolve("c"));
        Path a = Files.write(tmp.resolve("a.wav"), new byte[] { 1, 2, 3 });
        Path renamed = Files.copy(a, tmp.resolve("renamed.wav"));
        AtomicInteger computed = new AtomicInteger();
        SpeakerEmbeddingCache.Compute f = () -> {
            computed.incrementAndGet();
            return new float[] { 1f, 2f };
        };
        cache.getOrCompute(SpeakerEmbeddingCache.key(Hashing.sha256(a), "model-1"), f);
        cache.getOrCompute(SpeakerEmbeddingCache.key(Hashing.sha256(renamed), "model-1"), f);
        assertEquals(1, computed.get());
        cache.getOrCompute(SpeakerEmbeddingCache.key(Hashing.sha256(a), "model-2"), f);
        Files.write(a, new byte[] { 1, 2, 4 });
        cache.getOrCompute(SpeakerEmbeddingCache.key(Hashing.sha256(a), "model-1"), f);
        assertEquals(3, computed.get());
    }

    @Test
    void cleanupDropsLeastRecentlyUsedFirst() throws Exception {
        SpeakerEmbeddingCache cache = new SpeakerEmbeddingCache(tmp.resolve("c"));
        for (int i = 0; i < 5; i++) {
            cache.put("k" + i, new float[] { i, i, i });
            Files.setLastModifiedTime(tmp.resolve("c/k" + i + ".emb"), FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        long one = Files.size(tmp.resolve("c/k0.emb"));
        assertEquals(3, cache.cleanup(2 * one));
        assertTrue(cache.get("k3").isPresent() && cache.get("k4").isPresent());
        assertTrue(cache.get("k0").isEmpty());
    }

    @Test
    void concurrentWritersAndReadersNeverSeeHalfAnEntry() throws Exception {
        SpeakerEmbeddingCache cache = new SpeakerEmbeddingCache(tmp.resolve("c"));
        float[] v = new float[256];
        for (int i = 0; i < v.length; i++) {
            v[i] = i * 0.5f;
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> fs = new ArrayList<>();
        AtomicInteger bad = new AtomicInteger();
        for (int t = 0; t < 8; t++) {
            fs.add(pool.submit(() -> {
                for (int i = 0; i < 50; i++) {
                    cache.put("shared", v);
                    cache.get("shared").ifPresent(r -> {
                        if (r.length != v.length) {
                            bad.incrementAndGet();
                        }
                    });
                }
                return null;
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        pool.shutdown();
        assertEquals(0, bad.get());
        assertArrayEquals(v, cache.get("shared").orElseThrow());
        try (var s = Files.list(tmp.resolve("c"))) {
            assertEquals(0, s.filter(p -> p.getFileName().toString().startsWith(".tmp-")).count());
        }
        assertNotEquals(SpeakerEmbeddingCache.key("a", "m"), SpeakerEmbeddingCache.key("a", "n"));
    }
}
