package marytts.zh.server;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.http.HttpException;
import org.apache.http.HttpRequest;
import org.apache.http.impl.DefaultConnectionReuseStrategy;
import org.apache.http.impl.DefaultHttpResponseFactory;
import org.apache.http.impl.nio.DefaultServerIOEventDispatch;
import org.apache.http.impl.nio.reactor.DefaultListeningIOReactor;
import org.apache.http.nio.NHttpConnection;
import org.apache.http.nio.protocol.AsyncNHttpServiceHandler;
import org.apache.http.nio.protocol.EventListener;
import org.apache.http.nio.protocol.NHttpRequestHandlerRegistry;
import org.apache.http.nio.reactor.IOEventDispatch;
import org.apache.http.nio.reactor.ListeningIOReactor;
import org.apache.http.params.BasicHttpParams;
import org.apache.http.params.CoreConnectionPNames;
import org.apache.http.params.CoreProtocolPNames;
import org.apache.http.params.HttpParams;
import org.apache.http.protocol.BasicHttpProcessor;
import org.apache.http.protocol.ResponseConnControl;
import org.apache.http.protocol.ResponseContent;
import org.apache.http.protocol.ResponseDate;
import org.apache.http.protocol.ResponseServer;
import org.apache.log4j.Logger;

import marytts.server.Mary;
import marytts.server.MaryProperties;
import marytts.server.http.FileRequestHandler;
import marytts.server.http.InfoRequestHandler;
import marytts.util.MaryUtils;

/**
 * MaryTTS's HTTP server, hardened: the XML parsers of the JVM are locked down before MaryTTS
 * starts (no external DTDs, schemas or entities, bounded entity expansion), the listener binds
 * one address (default 127.0.0.1, {@code -Dmary.bind}), and /process goes through
 * {@link ProcessGuard}. The stock handlers (synthesis, info lists, the web page at /) do the
 * actual work, so MaryTTS clients see the same protocol.
 */
public final class HardenedMaryServer {
    private static final String[] INFO_PATHS = { "/version", "/datatypes", "/locales", "/voices", "/audioformats",
            "/exampletext", "/audioeffects", "/audioeffect-default-param", "/audioeffect-full", "/audioeffect-help",
            "/audioeffect-is-hmm-effect", "/features", "/features-discrete", "/vocalizations", "/styles" };

    private final ServerLimits limits;
    private final AtomicLong ids = new AtomicLong();
    private final String idPrefix = Long.toString(System.currentTimeMillis() % 1_000_000L, 36);

    private HardenedMaryServer(ServerLimits limits) {
        this.limits = limits;
    }

    /** Safe XML defaults for every parser MaryTTS creates (DomUtils, transformers, schema validation). */
    static void lockDownXml() {
        setDefault("javax.xml.accessExternalDTD", "");
        setDefault("javax.xml.accessExternalSchema", "");
        setDefault("javax.xml.accessExternalStylesheet", "");
        setDefault("jdk.xml.entityExpansionLimit", "1000");
        setDefault("jdk.xml.totalEntitySizeLimit", "100000");
        setDefault("jdk.xml.maxGeneralEntitySizeLimit", "10000");
        setDefault("jdk.xml.maxParameterEntitySizeLimit", "10000");
        setDefault("jdk.xml.entityReplacementLimit", "10000");
        setDefault("jdk.xml.maxElementDepth", "256");
        setDefault("jdk.xml.maxOccurLimit", "5000");
    }

    private static void setDefault(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    public static void main(String[] args) throws Exception {
        lockDownXml();
        ServerLimits limits = ServerLimits.fromSystemProperties();
        InetAddress bind = InetAddress.getByName(limits.bind());
        long start = System.currentTimeMillis();
        int port = MaryProperties.needInteger("socket.port");
        System.err.print("MARY server (hardened) starting... ");
        Mary.startup();
        new HardenedMaryServer(limits).serve(new InetSocketAddress(bind, port), start);
    }

    String nextRequestId() {
        return idPrefix + "-" + ids.incrementAndGet();
    }

    /** The stock handlers build links from the Host header; HTTP/1.0 clients may not send one. */
    void ensureHost(HttpRequest r) {
        if (r.getFirstHeader("Host") == null) {
            r.setHeader("Host", "localhost");
        }
    }

    private void serve(InetSocketAddress address, long start) throws Exception {
        Logger logger = MaryUtils.getLogger("server");
        HttpParams params = new BasicHttpParams();
        params.setIntParameter(CoreConnectionPNames.SO_TIMEOUT, limits.idleTimeoutMillis())
                .setIntParameter(CoreConnectionPNames.SOCKET_BUFFER_SIZE, 8 * 1024)
                .setBooleanParameter(CoreConnectionPNames.STALE_CONNECTION_CHECK, false)
                .setBooleanParameter(CoreConnectionPNames.TCP_NODELAY, true)
                .setIntParameter(CoreConnectionPNames.MAX_LINE_LENGTH,
                        (int) Math.min(Integer.MAX_VALUE, limits.maxBodyBytes() + 8192))
                .setIntParameter(CoreConnectionPNames.MAX_HEADER_COUNT, 100)
                .setParameter(CoreProtocolPNames.ORIGIN_SERVER, "MaryTTS-zh");

        BasicHttpProcessor httpproc = new BasicHttpProcessor();
        httpproc.addInterceptor(new ResponseDate());
        httpproc.addInterceptor(new ResponseServer());
        httpproc.addInterceptor(new ResponseContent());
        httpproc.addInterceptor(new ResponseConnControl());

        AsyncNHttpServiceHandler handler = new AsyncNHttpServiceHandler(httpproc, new DefaultHttpResponseFactory(),
                new DefaultConnectionReuseStrategy(), params);
        ExecutorService workers = Executors.newCachedThreadPool(named("synthesis"));
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(named("request-timer"));

        NHttpRequestHandlerRegistry registry = new NHttpRequestHandlerRegistry();
        registry.register("/process", new ProcessGuard(limits, this, workers, timer));
        StockAdapter info = new StockAdapter(new InfoRequestHandler(), limits, this);
        for (String p : INFO_PATHS) {
            registry.register(p, info);
        }
        registry.register("*", new StockAdapter(new FileRequestHandler(), limits, this));
        handler.setHandlerResolver(registry);
        handler.setEventListener(new QuietEvents(logger));

        IOEventDispatch dispatch = new DefaultServerIOEventDispatch(handler, params);
        ListeningIOReactor reactor = new DefaultListeningIOReactor(limits.ioThreads(), params);
        reactor.listen(address);
        String line = "listening on " + address.getAddress().getHostAddress() + ":" + address.getPort()
                + " (running " + limits.running() + ", waiting " + limits.waiting() + ", max chars "
                + limits.maxChars() + ", time limit " + limits.timeoutMillis() + " ms)";
        logger.info(line);
        System.err.println("started in " + (System.currentTimeMillis() - start) / 1000.0 + " s; " + line);
        try {
            reactor.execute(dispatch);
        } catch (InterruptedIOException e) {
            logger.info("Interrupted", e);
        } catch (IOException e) {
            logger.error("HTTP listener failed", e);
            throw e;
        } finally {
            workers.shutdownNow();
            timer.shutdownNow();
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static final class QuietEvents implements EventListener {
        private final Logger logger;

        QuietEvents(Logger logger) {
            this.logger = logger;
        }

        public void connectionOpen(NHttpConnection conn) {
            logger.debug("Connection open: " + conn);
        }

        public void connectionTimeout(NHttpConnection conn) {
            logger.info("Connection timed out: " + conn);
        }

        public void connectionClosed(NHttpConnection conn) {
            logger.debug("Connection closed: " + conn);
        }

        public void fatalIOException(IOException ex, NHttpConnection conn) {
            logger.info("I/O error: " + ex.getMessage());
        }

        public void fatalProtocolException(HttpException ex, NHttpConnection conn) {
            logger.info("HTTP error: " + ex.getMessage());
        }
    }
}
