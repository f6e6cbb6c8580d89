package marytts.zh.server;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;

import org.apache.http.entity.AbstractHttpEntity;
import org.apache.http.nio.ContentDecoder;
import org.apache.http.nio.IOControl;
import org.apache.http.nio.entity.ConsumingNHttpEntity;

/**
 * A request body read into memory up to a limit; bytes beyond the limit are read and dropped (the
 * request is then answered 413), so a huge upload costs bandwidth but no memory.
 */
final class BufferedBody extends AbstractHttpEntity implements ConsumingNHttpEntity {
    private final long limit;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ByteBuffer buf = ByteBuffer.allocate(8192);
    private long total;

    BufferedBody(long limit) {
        this.limit = limit;
    }

    public void consumeContent(ContentDecoder decoder, IOControl ioctrl) throws IOException {
        int n;
        while ((n = decoder.read(buf)) > 0) {
            total += n;
            if (total <= limit) {
                bytes.write(buf.array(), 0, n);
            }
            buf.clear();
        }
        buf.clear();
    }

    public void finish() {
    }

    boolean tooLarge() {
        return total > limit;
    }

    long received() {
        return total;
    }

    byte[] toByteArray() {
        return bytes.toByteArray();
    }

    public boolean isRepeatable() {
        return true;
    }

    public long getContentLength() {
        return bytes.size();
    }

    public InputStream getContent() {
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    public void writeTo(OutputStream out) throws IOException {
        bytes.writeTo(out);
    }

    public boolean isStreaming() {
        return false;
    }

    @Override
    public void consumeContent() {
    }
}
