package marytts.zh.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.http.entity.AbstractHttpEntity;
import org.apache.http.nio.ContentEncoder;
import org.apache.http.nio.IOControl;
import org.apache.http.nio.entity.ContentOutputStream;
import org.apache.http.nio.entity.ProducingNHttpEntity;
import org.apache.http.nio.util.HeapByteBufferAllocator;
import org.apache.http.nio.util.SharedOutputBuffer;

/**
 * A chunked HTTP body written by one synthesis thread and sent by the I/O reactor: the thread
 * blocks while the buffer is full, and the reactor sends what is there and is then suspended until
 * more comes (the stock streaming entity instead spun on the reactor thread while it waited for
 * audio).
 */
final class AudioStreamEntity extends AbstractHttpEntity implements ProducingNHttpEntity {
    private static final int BUFFER_BYTES = 16 * 1024;

    private final CountDownLatch connected = new CountDownLatch(1);
    private volatile SharedOutputBuffer buffer;

    AudioStreamEntity(String contentType) {
        setContentType(contentType);
        setChunked(true);
    }

    /** The body as a stream, once the reactor has asked for the first bytes; null if it never does in time. */
    OutputStream open(long timeoutMillis) throws InterruptedException {
        if (!connected.await(timeoutMillis, TimeUnit.MILLISECONDS)) {
            return null;
        }
        return new ContentOutputStream(buffer);
    }

    /** Ends the body without completing it: the client sees a cut-off transfer, never a truncated "complete" file. */
    void abort() {
        SharedOutputBuffer b = buffer;
        if (b != null) {
            b.shutdown();
        }
    }

    @Override
    public void produceContent(ContentEncoder encoder, IOControl ioctrl) throws IOException {
        if (buffer == null) {
            synchronized (this) {
                if (buffer == null) {
                    buffer = new SharedOutputBuffer(BUFFER_BYTES, ioctrl, new HeapByteBufferAllocator());
                    connected.countDown();
                }
            }
        }
        buffer.produceContent(encoder);
    }

    @Override
    public void finish() {
        abort();
    }

    @Override
    public long getContentLength() {
        return -1;
    }

    @Override
    public boolean isRepeatable() {
        return false;
    }

    @Override
    public boolean isStreaming() {
        return true;
    }

    @Override
    public InputStream getContent() {
        throw new UnsupportedOperationException("a streamed body can only be sent");
    }

    @Override
    public void writeTo(OutputStream out) {
        throw new UnsupportedOperationException("a streamed body can only be sent");
    }
}
