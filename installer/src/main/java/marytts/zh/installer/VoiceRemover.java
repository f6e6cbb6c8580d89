package marytts.zh.installer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Removes a voice under the {@link InstallLock}: its neural voice directory (renamed out of
 * {@code neural-voices/} first, so the server never sees half a voice, then deleted), the files
 * its install records list (stock components' jars), the records, and its speaker-embedding cache
 * entries: files in {@code MARY_BASE/cache/speaker-embeddings/} whose name starts with
 * {@link MaryBase#cacheKeyPrefix} ({@code NAME.}).
 */
public final class VoiceRemover {
    /** What a removal did. */
    public record Result(boolean directoryRemoved, int recordsRemoved, int filesRemoved, int cacheEntriesRemoved) {
    }

    private final MaryBase base;

    public VoiceRemover(MaryBase base) {
        this.base = base;
    }

    public Result remove(String name) throws AdminException {
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
            throw new AdminException("'" + name + "' is not a voice name");
        }
        try (InstallLock lock = InstallLock.acquire(base)) {
            InstalledRecords records = new InstalledRecords(base);
            List<InstalledRecords.Record> recs = records.forName(name);
            Path dir = base.voiceDir(name);
            boolean hasDir = Files.exists(dir, LinkOption.NOFOLLOW_LINKS);
            if (recs.isEmpty() && !hasDir) {
                throw new AdminException("no voice named '" + name + "' in " + base.root());
            }
            if (hasDir) {
                Path trash = base.work().resolve("trash-" + name + "-" + System.nanoTime());
                FileTrees.move(dir, trash);
                FileTrees.deleteRecursively(trash);
            }
            int files = 0;
            for (InstalledRecords.Record r : recs) {
                for (String f : r.component().installedFiles()) {
                    if (f.endsWith("/")) {
                        continue;
                    }
                    SafeZip.checkName(f);
                    Path p = base.root().resolve(f).normalize();
                    if (p.startsWith(base.root()) && Files.deleteIfExists(p)) {
                        files++;
                    }
                }
                Files.delete(r.file());
            }
            return new Result(hasDir, recs.size(), files, removeCacheEntries(name));
        } catch (RefusedException e) {
            throw new AdminException("install record of '" + name + "' lists an unsafe path: " + e.getMessage());
        } catch (IOException e) {
            throw new AdminException("remove failed: " + e.getMessage(), e);
        }
    }

    private int removeCacheEntries(String name) throws IOException {
        Path cache = base.embeddingCache();
        try {
            // entries listed in NAME.keys (content-keyed), then every NAME.* file
            return new marytts.neural.clone.SpeakerEmbeddingCache(cache).removeVoice(name);
        } catch (marytts.neural.clone.EnrollmentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
