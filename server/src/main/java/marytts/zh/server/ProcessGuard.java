package marytts.zh.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.http.Header;
import org.apache.http.HttpEntity;
import org.apache.http.HttpEntityEnclosingRequest;
import org.apache.http.HttpRequest;
import org.apache.http.HttpResponse;
import org.apache.http.HttpVersion;
import org.apache.http.entity.ByteArrayEntity;
import org.apache.http.message.BasicHttpEntityEnclosingRequest;
import org.apache.http.message.BasicHttpResponse;
import org.apache.http.nio.ContentEncoder;
import org.apache.http.nio.IOControl;
import org.apache.http.nio.entity.ConsumingNHttpEntity;
import org.apache.http.nio.entity.ProducingNHttpEntity;
import org.apache.http.nio.protocol.NHttpRequestHandler;
import org.apache.http.nio.protocol.NHttpResponseTrigger;
import org.apache.http.protocol.HttpContext;

import marytts.server.http.SynthesisRequestHandler;

/**
 * /process: checks the request (see {@link RequestCheck}), admits it into a bounded queue (at most
 * {@code running} synthesize at once, at most {@code waiting} wait; beyond that 503 with
 * Retry-After), runs MaryTTS's stock SynthesisRequestHandler on a worker thread under a time
 * limit, and rewrites its error pages into one line of text.
 */
final class ProcessGuard implements NHttpRequestHandler {
    private final SynthesisRequestHandler stock = new SynthesisRequestHandler();
    private final ServerLimits limits;
    private final HardenedMaryServer server;
    private final Semaphore running;
    private final AtomicInteger admitted = new AtomicInteger();
    private final ExecutorService workers;
    private final ScheduledExecutorService timer;

    ProcessGuard(ServerLimits limits, HardenedMaryServer server, ExecutorService workers,
            ScheduledExecutorService timer) {
        this.limits = limits;
        this.server = server;
        this.running = new Semaphore(limits.running(), true);
        this.workers = workers;
        this.timer = timer;
    }

    public ConsumingNHttpEntity entityRequest(HttpEntityEnclosingRequest request, HttpContext context) {
        return new BufferedBody(limits.maxBodyBytes());
    }

    public void handle(HttpRequest request, HttpResponse response, NHttpResponseTrigger trigger, HttpContext context) {
        String id = server.nextRequestId();
        Map<String, String> params;
        RequestCheck.Checked checked;
        try {
            String method = request.getRequestLine().getMethod().toUpperCase(java.util.Locale.ROOT);
            if (!method.equals("GET") && !method.equals("POST")) {
                throw new ClientError(405, method + " is not supported; use GET or POST");
            }
            String uri = request.getRequestLine().getUri();
            int q = uri.indexOf('?');
            String query = q < 0 ? "" : uri.substring(q + 1);
            if (query.isEmpty() && request instanceof HttpEntityEnclosingRequest) {
                HttpEntity e = ((HttpEntityEnclosingRequest) request).getEntity();
                if (e instanceof BufferedBody) {
                    BufferedBody b = (BufferedBody) e;
                    if (b.tooLarge()) {
                        throw new ClientError(413, "request body has more than " + limits.maxBodyBytes()
                                + " bytes; INPUT_TEXT may have at most " + limits.maxChars() + " characters");
                    }
                    // MaryTTS reads form bodies as ISO-8859-1 text before URL-decoding; so do we
                    query = new String(b.toByteArray(), StandardCharsets.ISO_8859_1);
                }
            }
            params = RequestCheck.parseForm(query);
            checked = RequestCheck.check(params, limits);
        } catch (ClientError e) {
            Responses.LOG.info("request " + id + " refused: " + e.status + " " + e.getMessage());
            Responses.text(response, e.status, e.getMessage(), id);
            trigger.submitResponse(response);
            return;
        } catch (RuntimeException e) {
            Responses.LOG.error("request " + id + " failed while checking", e);
            Responses.text(response, 500, "internal error, request id " + id, id);
            trigger.submitResponse(response);
            return;
        }
        if (admitted.incrementAndGet() > limits.running() + limits.waiting()) {
            admitted.decrementAndGet();
            Responses.LOG.info("request " + id + " refused: 503 busy");
            Responses.busy(response, "server busy: " + limits.running() + " requests running and " + limits.waiting()
                    + " waiting; retry later", id, limits.retryAfterSeconds());
            trigger.submitResponse(response);
            return;
        }
        Job job = new Job(id, request, response, trigger, context, params, checked);
        try {
            workers.execute(job);
        } catch (RejectedExecutionException e) {
            admitted.decrementAndGet();
            Responses.busy(response, "server is shutting down", id, limits.retryAfterSeconds());
            trigger.submitResponse(response);
        }
    }

    /** Requests admitted and not yet finished (running + waiting). */
    int admitted() {
        return admitted.get();
    }

    private final class Job implements Runnable {
        final String id;
        final HttpRequest request;
        final HttpResponse response;
        final NHttpResponseTrigger trigger;
        final HttpContext context;
        final Map<String, String> params;
        final RequestCheck.Checked checked;
        final long admittedAt = System.nanoTime();
        final AtomicBoolean answered = new AtomicBoolean();
        final AtomicBoolean released = new AtomicBoolean();
        volatile boolean holdsPermit;

        Job(String id, HttpRequest request, HttpResponse response, NHttpResponseTrigger trigger, HttpContext context,
                Map<String, String> params, RequestCheck.Checked checked) {
            this.id = id;
            this.request = request;
            this.response = response;
            this.trigger = trigger;
            this.context = context;
            this.params = params;
            this.checked = checked;
        }

        /** Sends {@code r} unless an answer (e.g. the time limit's) has already gone; true if it was sent. */
        boolean answer(HttpResponse r) {
            if (answered.compareAndSet(false, true)) {
                trigger.submitResponse(r);
                return true;
            }
            return false;
        }

        void release() {
            if (released.compareAndSet(false, true)) {
                if (holdsPermit) {
                    running.release();
                }
                admitted.decrementAndGet();
            }
        }

        public void run() {
            boolean handedOver = false;
            ScheduledFuture<?> watchdog = null;
            try {
                if (!running.tryAcquire(limits.queueWaitMillis(), TimeUnit.MILLISECONDS)) {
                    HttpResponse r = new BasicHttpResponse(HttpVersion.HTTP_1_1, 503, "Service Unavailable");
                    Responses.busy(r, "server busy: waited " + limits.queueWaitMillis() / 1000
                            + " s for a free synthesis slot; retry later", id, limits.retryAfterSeconds());
                    answer(r);
                    return;
                }
                holdsPermit = true;
                final Thread worker = Thread.currentThread();
                long left = limits.timeoutMillis() - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - admittedAt);
                watchdog = timer.schedule(() -> {
                    if (!answered.get()) {
                        HttpResponse r = new BasicHttpResponse(HttpVersion.HTTP_1_1, 503, "Service Unavailable");
                        Responses.busy(r, "request took longer than " + limits.timeoutMillis() / 1000.0
                                + " s and was stopped; try a shorter text or later", id, limits.retryAfterSeconds());
                        Responses.LOG.warn("request " + id + " (" + checked.summary() + ") timed out");
                        answer(r);
                        worker.interrupt();
                    }
                }, Math.max(1, left), TimeUnit.MILLISECONDS);

                StreamedSynthesis plan = StreamedSynthesis.plan(params);
                if (plan != null) {
                    handedOver = stream(plan, watchdog);
                    return;
                }
                HttpResponse stockResponse = new BasicHttpResponse(HttpVersion.HTTP_1_1, 200, "OK");
                stock.handle(rebuild(), stockResponse, context);
                HttpEntity entity = stockResponse.getEntity();
                if (checked.streaming() && stockResponse.getStatusLine().getStatusCode() == 200
                        && entity instanceof ProducingNHttpEntity) {
                    StreamGuard guarded = new StreamGuard((ProducingNHttpEntity) entity, this);
                    response.setStatusCode(200);
                    response.setEntity(guarded);
                    response.setHeader("X-Request-Id", id);
                    watchdog.cancel(false);
                    // the stream holds its slot until it is sent or the time limit closes it
                    long rest = limits.timeoutMillis() - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - admittedAt);
                    guarded.deadline = timer.schedule(guarded::expire, Math.max(1, rest), TimeUnit.MILLISECONDS);
                    handedOver = true;
                    answer(response);
                } else {
                    Responses.sanitize(stockResponse, response, id, limits.retryAfterSeconds(), checked.summary());
                    answer(response);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Throwable t) {
                Responses.LOG.error("request " + id + " (" + checked.summary() + ") failed", t);
                HttpResponse r = new BasicHttpResponse(HttpVersion.HTTP_1_1, 500, "Internal Server Error");
                Responses.text(r, 500, "internal error, request id " + id, id);
                answer(r);
            } finally {
                if (watchdog != null && !handedOver) {
                    watchdog.cancel(false);
                }
                if (!handedOver) {
                    release();
                }
                Thread.interrupted();
            }
        }

        /**
         * AU_STREAM through {@link StreamedSynthesis}: waits for the first piece's audio (a failure
         * before it is an ordinary error answer), then answers 200 and writes the audio as the
         * pieces come. Returns true when the stream took over the slot (it frees it when done).
         */
        private boolean stream(StreamedSynthesis plan, ScheduledFuture<?> watchdog) throws InterruptedException {
            long limitNanos = TimeUnit.MILLISECONDS.toNanos(limits.timeoutMillis());
            javax.sound.sampled.AudioFormat format = plan.fileFormat().getFormat();
            // the neural synthesizer's per-request audio limit, applied to the whole stream: its
            // pieces are synthesized separately
            long maxBytes = (long) limits.maxAudioSeconds() * (long) format.getFrameRate() * format.getFrameSize();
            ChunkedAudio audio = new ChunkedAudio(admittedAt + limitNanos, maxBytes);
            Responses.LOG.info("request " + id + " (" + checked.summary() + "): streaming in " + plan.pieces()
                    + (plan.pieces() == 1 ? " piece" : " pieces"));
            workers.execute(() -> plan.produce(audio, id));
            try {
                audio.awaitFirst();
            } catch (IOException e) {
                audio.cancel();
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                boolean input = cause instanceof StreamedSynthesis.InputException;
                HttpResponse r = new BasicHttpResponse(HttpVersion.HTTP_1_1, 500, "Internal Server Error");
                Responses.failure(input ? cause.getCause() : cause, input, r, id, limits.retryAfterSeconds(),
                        checked.summary());
                answer(r);
                return false;
            }
            AudioStreamEntity body = new AudioStreamEntity(
                    marytts.server.http.MaryHttpServerUtils.getMimeType(plan.fileFormat().getType()));
            StreamGuard guarded = new StreamGuard(body, this);
            response.setStatusCode(200);
            response.setEntity(guarded);
            response.setHeader("X-Request-Id", id);
            watchdog.cancel(false);
            if (!answer(response)) {
                audio.cancel(); // the time limit answered first
                return false;
            }
            long rest = limits.timeoutMillis() - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - admittedAt);
            guarded.deadline = timer.schedule(guarded::expire, Math.max(1, rest), TimeUnit.MILLISECONDS);
            try {
                OutputStream out = body.open(Math.max(1, rest));
                if (out == null) {
                    guarded.cutOff("the client did not take the audio within the time limit");
                    return true;
                }
                javax.sound.sampled.AudioInputStream all = new javax.sound.sampled.AudioInputStream(audio,
                        plan.fileFormat().getFormat(), javax.sound.sampled.AudioSystem.NOT_SPECIFIED);
                javax.sound.sampled.AudioSystem.write(all, plan.fileFormat().getType(), out);
                out.close(); // completes the chunked body
            } catch (IOException | RuntimeException e) {
                guarded.cutOff("streamed synthesis stopped after the first audio: " + e.getMessage());
            } finally {
                audio.cancel();
            }
            return true;
        }

        /** The checked parameters as a form POST, the way the stock handler reads them. */
        private HttpRequest rebuild() {
            StringBuilder form = new StringBuilder();
            for (Map.Entry<String, String> e : params.entrySet()) {
                if (form.length() > 0) {
                    form.append('&');
                }
                form.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            }
            BasicHttpEntityEnclosingRequest r = new BasicHttpEntityEnclosingRequest("POST", "/process",
                    HttpVersion.HTTP_1_1);
            for (Header h : request.getAllHeaders()) {
                if (h.getName().equalsIgnoreCase("Host")) {
                    r.addHeader(h);
                }
            }
            server.ensureHost(r);
            r.setEntity(new ByteArrayEntity(form.toString().getBytes(StandardCharsets.US_ASCII)));
            return r;
        }
    }

    /** Streaming audio (AU_STREAM): passes the stock entity through and frees the slot when done. */
    private final class StreamGuard implements ProducingNHttpEntity {
        private final ProducingNHttpEntity inner;
        private final Job job;
        volatile IOControl io;
        volatile ScheduledFuture<?> deadline;
        private final AtomicBoolean done = new AtomicBoolean();

        StreamGuard(ProducingNHttpEntity inner, Job job) {
            this.inner = inner;
            this.job = job;
        }

        public void produceContent(ContentEncoder encoder, IOControl ioctrl) throws IOException {
            io = ioctrl;
            inner.produceContent(encoder, ioctrl);
            if (encoder.isCompleted()) {
                end();
            }
        }

        public void finish() throws IOException {
            try {
                inner.finish();
            } finally {
                end();
            }
        }

        void expire() {
            cutOff("streaming took longer than " + limits.timeoutMillis() + " ms");
        }

        /** Closes the connection mid-body, so the client sees the stream end early, and frees the slot. */
        void cutOff(String why) {
            if (!done.get()) {
                Responses.LOG.warn("request " + job.id + " (" + job.checked.summary() + "): " + why
                        + "; closing the connection");
                if (inner instanceof AudioStreamEntity) {
                    ((AudioStreamEntity) inner).abort();
                }
                try {
                    IOControl c = io;
                    if (c != null) {
                        c.shutdown();
                    }
                } catch (IOException ignored) {
                    // closing anyway
                }
                end();
            }
        }

        private void end() {
            if (done.compareAndSet(false, true)) {
                ScheduledFuture<?> d = deadline;
                if (d != null) {
                    d.cancel(false);
                }
                job.release();
            }
        }

        public boolean isRepeatable() {
            return false;
        }

        public boolean isChunked() {
            return inner.isChunked();
        }

        public long getContentLength() {
            return inner.getContentLength();
        }

        public Header getContentType() {
            return inner.getContentType();
        }

        public Header getContentEncoding() {
            return inner.getContentEncoding();
        }

        public InputStream getContent() throws IOException {
            return inner.getContent();
        }

        public void writeTo(OutputStream out) throws IOException {
            inner.writeTo(out);
        }

        public boolean isStreaming() {
            return true;
        }

        @Override
        @Deprecated
        public void consumeContent() throws IOException {
            inner.consumeContent();
        }
    }
}
