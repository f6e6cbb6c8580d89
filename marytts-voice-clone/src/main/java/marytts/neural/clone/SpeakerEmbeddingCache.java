package marytts.neural.clone;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * Speaker embeddings (or speaker statistics vectors) on disk, in
 * {@code MARY_BASE/cache/speaker-embeddings/}. An entry's key is the sha256 of the audio file's
 * bytes plus the sha256 of the model (encoder or acoustic model) or analysis version that produced
 * it, so a renamed file hits, and changed audio or a changed model misses: entries are never stale,
 * only unused. An entry is the file {@code KEY.emb} (comma-separated floats); reads touch its mtime
 * so {@link #cleanup} can drop the least recently used first. Writes go to a temp file in the same
 * folder and are renamed into place (atomic), under an exclusive lock on {@code speaker-embeddings.lock} beside the folder (between
 * processes) and a JVM lock (between threads); readers need no lock. {@code NAME.keys} lists the
 * keys a cloned voice NAME used, so revoking or removing that voice deletes them (plus every file
 * named {@code NAME.*}, voice-admin's convention).
 *
 * <p>Size bound: every {@link #put} keeps the entries within {@link #maxBytes()} (system property
 * {@value #MAX_BYTES_PROPERTY}, default {@value #DEFAULT_MAX_BYTES} bytes; an entry of speaker
 * statistics is a few KB): when a put takes them over the bound, the least recently used entries
 * are deleted until they take at most 90% of it (so a full cache is not rescanned on every put).
 * The running total is kept in the lock file, so every process and thread that writes the folder
 * updates the same count under the same lock; it is recounted from the folder when missing or
 * unreadable, after a trim, and every {@value #RECOUNT_EVERY} puts (healing drift from files changed
 * by hand). Indexes ({@code NAME.keys}) are not counted and never trimmed.
 */
public final class SpeakerEmbeddingCache {
    public static final String MAX_BYTES_PROPERTY = "mary.clone.cache.max.bytes";
    public static final long DEFAULT_MAX_BYTES = 256L << 20;
    static final int RECOUNT_EVERY = 256;
    private static final ReentrantLock JVM_LOCK = new ReentrantLock();
    private final Path dir;
    private final long maxBytes;

    /** A cache bounded by {@value #MAX_BYTES_PROPERTY} (default {@value #DEFAULT_MAX_BYTES} bytes). */
    public SpeakerEmbeddingCache(Path dir) {
        this(dir, configuredMaxBytes());
    }

    public SpeakerEmbeddingCache(Path dir, long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("cache bound must be positive: " + maxBytes);
        }
        this.dir = dir;
        this.maxBytes = maxBytes;
    }

    static long configuredMaxBytes() {
        String v = System.getProperty(MAX_BYTES_PROPERTY);
        if (v == null || v.isBlank()) {
            return DEFAULT_MAX_BYTES;
        }
        try {
            long b = Long.parseLong(v.strip());
            if (b > 0) {
                return b;
            }
        } catch (NumberFormatException ignored) {
            // fall through
        }
        throw new IllegalArgumentException("-D" + MAX_BYTES_PROPERTY + " must be a positive number of bytes: " + v);
    }

    public long maxBytes() {
        return maxBytes;
    }

    public Path directory() {
        return dir;
    }

    public static String key(String audioSha256, String modelSha256) {
        return Hashing.sha256(audioSha256 + "|" + modelSha256);
    }

    private Path entry(String key) {
        return dir.resolve(key + ".emb");
    }

    public Optional<float[]> get(String key) {
        Path p = entry(key);
        try {
            String text = Files.readString(p, StandardCharsets.US_ASCII).trim();
            String[] parts = text.split(",");
            float[] v = new float[parts.length];
            for (int i = 0; i < parts.length; i++) {
                v[i] = Float.parseFloat(parts[i]);
            }
            try {
                Files.setLastModifiedTime(p, FileTime.fromMillis(System.currentTimeMillis()));
            } catch (IOException ignored) {
                // LRU order is best effort
            }
            return Optional.of(v);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty(); // unreadable entry: recompute and overwrite
        }
    }

    public void put(String key, float[] value) throws EnrollmentException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < value.length; i++) {
            sb.append(i == 0 ? "" : ",").append(Float.toString(value[i]));
        }
        lockedWithCount(count -> {
            Path tmp = Files.createTempFile(dir, ".tmp-", ".emb");
            Files.writeString(tmp, sb.toString(), StandardCharsets.US_ASCII);
            long replaced = size(entry(key));
            move(tmp, entry(key));
            long[] c = count;
            if (c[0] < 0 || ++c[1] >= RECOUNT_EVERY) {
                c[0] = trim(Long.MAX_VALUE);
                c[1] = 0;
            } else {
                c[0] += size(entry(key)) - replaced;
            }
            if (c[0] > maxBytes) {
                c[0] = trim(maxBytes / 10 * 9);
                c[1] = 0;
            }
            return null;
        });
    }

    /** Computing function for {@link #getOrCompute}. */
    @FunctionalInterface
    public interface Compute {
        float[] compute() throws EnrollmentException;
    }

    public float[] getOrCompute(String key, Compute compute) throws EnrollmentException {
        Optional<float[]> hit = get(key);
        if (hit.isPresent()) {
            return hit.get();
        }
        float[] v = compute.compute();
        put(key, v);
        return v;
    }

    /** Records that cloned voice {@code name} uses these keys (added to earlier ones). */
    public void recordVoice(String name, Collection<String> keys) throws EnrollmentException {
        locked(() -> {
            Path index = dir.resolve(name + ".keys");
            List<String> all = new ArrayList<>();
            if (Files.isRegularFile(index)) {
                all.addAll(Files.readAllLines(index, StandardCharsets.US_ASCII));
            }
            keys.stream().filter(k -> !all.contains(k)).forEach(all::add);
            Path tmp = Files.createTempFile(dir, ".tmp-", ".keys");
            Files.write(tmp, all, StandardCharsets.US_ASCII);
            move(tmp, index);
            return null;
        });
    }

    /** Deletes the entries voice {@code name} used and every file named {@code NAME.*}; returns how many files. */
    public int removeVoice(String name) throws EnrollmentException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        return lockedWithCount(c -> {
            c[0] = -1; // recounted at the next put
            int n = 0;
            Path index = dir.resolve(name + ".keys");
            if (Files.isRegularFile(index)) {
                for (String k : Files.readAllLines(index, StandardCharsets.US_ASCII)) {
                    if (k.matches("[0-9a-f]{64}") && Files.deleteIfExists(entry(k))) {
                        n++;
                    }
                }
            }
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.filter(f -> f.getFileName().toString().startsWith(name + ".")).toList()) {
                    Files.deleteIfExists(p);
                    n++;
                }
            }
            return n;
        });
    }

    /** Deletes least recently used entries until the entries take at most {@code limit} bytes; returns how many. */
    public int cleanup(long limit) throws EnrollmentException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        return lockedWithCount(c -> {
            long before = count();
            c[0] = trim(limit);
            c[1] = 0;
            return (int) (before - count());
        });
    }

    private long count() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(SpeakerEmbeddingCache::isEntry).count();
        }
    }

    private static boolean isEntry(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".emb") && !n.startsWith(".");
    }

    /** Under the lock: deletes least recently used entries until they take at most {@code target}; returns their bytes. */
    private long trim(long target) throws IOException {
        // sizes and mtimes are read once: readers touch mtimes without the lock, so sorting on live
        // values could see an entry's order change mid-sort
        record Entry(Path path, long size, long mtime) {
        }
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(SpeakerEmbeddingCache::isEntry).toList()) {
                entries.add(new Entry(p, size(p), mtime(p).toMillis()));
            }
        }
        long total = 0;
        for (Entry e : entries) {
            total += e.size();
        }
        if (total <= target) {
            return total;
        }
        entries.sort(Comparator.comparingLong(Entry::mtime));
        for (Entry e : entries) {
            if (total <= target) {
                break;
            }
            if (Files.deleteIfExists(e.path())) {
                total -= e.size();
            }
        }
        return total;
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private static FileTime mtime(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private interface Io<T> {
        T run() throws IOException;
    }

    /** Beside the folder ({@code speaker-embeddings.lock}), so the folder holds only entries and indexes. */
    private Path lockFile() {
        return dir.resolveSibling(dir.getFileName() + ".lock");
    }

    private interface CountedIo<T> {
        /** {@code count[0]}: bytes of entries (-1: unknown), {@code count[1]}: puts since the last recount. */
        T run(long[] count) throws IOException;
    }

    /** Runs {@code body} under the lock with the shared count read from, and written back to, the lock file. */
    private <T> T lockedWithCount(CountedIo<T> body) throws EnrollmentException {
        JVM_LOCK.lock();
        try {
            Files.createDirectories(dir);
            try (FileChannel ch = FileChannel.open(lockFile(), StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE); FileLock lock = ch.lock()) {
                long[] count = { -1, 0 };
                java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(64);
                ch.read(buf, 0);
                String[] parts = new String(buf.array(), 0, buf.position(), StandardCharsets.US_ASCII).strip()
                        .split(" ");
                if (parts.length == 2) {
                    try {
                        count[0] = Long.parseLong(parts[0]);
                        count[1] = Long.parseLong(parts[1]);
                    } catch (NumberFormatException e) {
                        count[0] = -1;
                    }
                }
                T result = body.run(count);
                byte[] out = (count[0] + " " + count[1] + "\n").getBytes(StandardCharsets.US_ASCII);
                ch.truncate(0);
                ch.write(java.nio.ByteBuffer.wrap(out), 0);
                return result;
            }
        } catch (IOException e) {
            throw new EnrollmentException("speaker-embedding cache " + dir + ": " + e.getMessage(), e);
        } finally {
            JVM_LOCK.unlock();
        }
    }

    private <T> T locked(Io<T> body) throws EnrollmentException {
        JVM_LOCK.lock();
        try {
            Files.createDirectories(dir);
            try (FileChannel ch = FileChannel.open(lockFile(), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = ch.lock()) {
                return body.run();
            }
        } catch (IOException e) {
            throw new EnrollmentException("speaker-embedding cache " + dir + ": " + e.getMessage(), e);
        } finally {
            JVM_LOCK.unlock();
        }
    }
}
