package marytts.neural.clone;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

    private static long entryBytes(Path dir) throws Exception {
        try (var s = Files.list(dir)) {
            long b = 0;
            for (Path p : s.filter(f -> f.getFileName().toString().endsWith(".emb")).toList()) {
                b += Files.size(p);
            }
            return b;
        }
    }

    @Test
    void putsKeepTheCacheWithinItsBoundDroppingLeastRecentlyUsed() throws Exception {
        float[] v = new float[100];
        java.util.Arrays.fill(v, 0.125f);
        SpeakerEmbeddingCache probe = new SpeakerEmbeddingCache(tmp.resolve("probe"));
        probe.put("x", v);
        long one = Files.size(tmp.resolve("probe/x.emb"));
        assertEquals(SpeakerEmbeddingCache.DEFAULT_MAX_BYTES, probe.maxBytes());

        SpeakerEmbeddingCache cache = new SpeakerEmbeddingCache(tmp.resolve("c"), 10 * one);
        cache.put("k0", v);
        Files.setLastModifiedTime(tmp.resolve("c/k0.emb"), FileTime.fromMillis(1_000_000L));
        cache.put("k1", v);
        Files.setLastModifiedTime(tmp.resolve("c/k1.emb"), FileTime.fromMillis(2_000_000L));
        cache.get("k0"); // used again: now the most recent of the two
        for (int i = 2; i < 30; i++) {
            cache.put("k" + i, v);
            assertTrue(entryBytes(tmp.resolve("c")) <= 10 * one, "after put " + i);
        }
        assertTrue(cache.get("k29").isPresent(), "the newest entry stays");
        assertTrue(cache.get("k1").isEmpty(), "the least recently used went first");

        System.setProperty(SpeakerEmbeddingCache.MAX_BYTES_PROPERTY, "12345");
        try {
            assertEquals(12345, new SpeakerEmbeddingCache(tmp.resolve("d")).maxBytes());
            System.setProperty(SpeakerEmbeddingCache.MAX_BYTES_PROPERTY, "lots");
            assertThrows(IllegalArgumentException.class, () -> new SpeakerEmbeddingCache(tmp.resolve("d")));
        } finally {
            System.clearProperty(SpeakerEmbeddingCache.MAX_BYTES_PROPERTY);
        }
    }

    @Test
    void concurrentPutsFromTwoCachesOnOneFolderStayWithinTheBound() throws Exception {
        float[] v = new float[64];
        java.util.Arrays.fill(v, 0.25f);
        SpeakerEmbeddingCache probe = new SpeakerEmbeddingCache(tmp.resolve("probe"));
        probe.put("x", v);
        long one = Files.size(tmp.resolve("probe/x.emb"));
        long bound = 40 * one;
        // two instances: like two processes sharing MARY_BASE (the count lives in the lock file)
        SpeakerEmbeddingCache a = new SpeakerEmbeddingCache(tmp.resolve("c"), bound);
        SpeakerEmbeddingCache b = new SpeakerEmbeddingCache(tmp.resolve("c"), bound);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> fs = new ArrayList<>();
        AtomicInteger bad = new AtomicInteger();
        for (int t = 0; t < 6; t++) {
            SpeakerEmbeddingCache c = t % 2 == 0 ? a : b;
            int id = t;
            fs.add(pool.submit(() -> {
                for (int i = 0; i < 150; i++) {
                    String k = "t" + id + "-" + i;
                    c.put(k, v);
                    c.get("t" + ((id + 1) % 6) + "-" + (i / 2)).ifPresent(r -> {
                        if (r.length != v.length) {
                            bad.incrementAndGet();
                        }
                    });
                    float[] mine = c.getOrCompute("shared-" + (i % 7), () -> v);
                    if (mine.length != v.length) {
                        bad.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        pool.shutdown();
        assertEquals(0, bad.get());
        assertTrue(entryBytes(tmp.resolve("c")) <= bound, entryBytes(tmp.resolve("c")) + " > " + bound);
        try (var s = Files.list(tmp.resolve("c"))) {
            assertEquals(0, s.filter(p -> p.getFileName().toString().startsWith(".tmp-")).count());
        }
    }
}
