package marytts.zh.installer;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;

/**
 * Exclusive lock on {@code MARY_BASE/.voice-admin/lock} ({@link FileChannel#tryLock}) held by
 * install and remove, so two of them never change one MARY_BASE at once. The OS releases it when the
 * process dies, so a killed run leaves no stale lock.
 */
public final class InstallLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private InstallLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static InstallLock acquire(MaryBase base) throws AdminException {
        FileChannel ch = null;
        try {
            Files.createDirectories(base.work());
            ch = FileChannel.open(base.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                l = null;
            }
            if (l == null) {
                ch.close();
                throw new AdminException("another voice-admin install or remove is running on " + base.root()
                        + " (lock " + base.lockFile() + "); try again when it has finished");
            }
            return new InstallLock(ch, l);
        } catch (IOException e) {
            try {
                if (ch != null) {
                    ch.close();
                }
            } catch (IOException ignored) {
                // already failing
            }
            throw new AdminException("cannot lock " + base.lockFile() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the OS releases the lock with the channel anyway
        }
    }
}
