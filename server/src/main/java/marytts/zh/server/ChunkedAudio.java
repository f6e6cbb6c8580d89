package marytts.zh.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.sound.sampled.AudioInputStream;

/**
 * The audio of a streamed request as one byte stream, fed piece by piece by a producer that runs
 * MaryTTS on the next piece of text while this one is read. The queue holds one piece, so the
 * producer works at most one piece ahead. A failed piece fails the read with its message; a reader
 * that stops (client gone, time limit) cancels the producer.
 */
final class ChunkedAudio extends InputStream {
    /** What the producer hands over: audio, the end, or why it stopped. */
    private record Item(AudioInputStream audio, Exception failure) {
    }

    private static final Item END = new Item(null, null);

    private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(1);
    private final long deadlineNanos;
    private final long maxBytes;
    private long delivered;
    private volatile boolean cancelled;
    private AudioInputStream current;
    private boolean ended;

    /** @param maxBytes the most audio one request may give (the per-request audio limit), in bytes */
    ChunkedAudio(long deadlineNanos, long maxBytes) {
        this.deadlineNanos = deadlineNanos;
        this.maxBytes = maxBytes;
    }

    // ---- producer side

    /** Hands one piece over; false when the reader has gone and the producer should stop. */
    boolean offer(AudioInputStream audio) throws InterruptedException {
        return put(new Item(audio, null));
    }

    boolean fail(Exception why) throws InterruptedException {
        return put(new Item(null, why));
    }

    boolean end() throws InterruptedException {
        return put(END);
    }

    boolean cancelled() {
        return cancelled;
    }

    private boolean put(Item item) throws InterruptedException {
        while (!cancelled) {
            if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                return true;
            }
            if (System.nanoTime() > deadlineNanos) {
                cancelled = true;
            }
        }
        return false;
    }

    // ---- reader side

    /** Waits for the first piece, so that a request failing at once can still get an error status. */
    void awaitFirst() throws IOException {
        if (current == null && !ended) {
            next();
        }
    }

    private void next() throws IOException {
        Item item;
        try {
            long left = deadlineNanos - System.nanoTime();
            item = left <= 0 ? null : queue.poll(left, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel();
            throw new java.io.InterruptedIOException("interrupted while waiting for audio");
        }
        if (item == null) {
            cancel();
            throw new IOException("no audio within the time limit");
        }
        if (item.failure() != null) {
            cancel();
            throw new IOException(item.failure().getMessage(), item.failure());
        }
        if (item == END) {
            ended = true;
            current = null;
        } else {
            current = item.audio();
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!ended) {
            if (current == null) {
                next();
                continue;
            }
            int n = current.read(b, off, len);
            if (n > 0) {
                delivered += n;
                if (delivered > maxBytes) {
                    cancel();
                    throw new IOException("the audio reached the per-request limit of " + maxBytes + " bytes");
                }
                return n;
            }
            if (n == 0 && len < current.getFormat().getFrameSize()) {
                throw new IOException("audio is read in whole frames of " + current.getFormat().getFrameSize() + " bytes");
            }
            if (n < 0) {
                current.close();
                current = null;
            }
        }
        return -1;
    }

    /** Stops the producer; pieces already made are dropped. */
    void cancel() {
        cancelled = true;
        queue.clear();
    }

    @Override
    public void close() throws IOException {
        cancel();
        if (current != null) {
            current.close();
        }
    }
}
