package marytts.zh.server;

import java.io.IOException;

import org.apache.http.HttpEntityEnclosingRequest;
import org.apache.http.HttpException;
import org.apache.http.HttpRequest;
import org.apache.http.HttpResponse;
import org.apache.http.HttpVersion;
import org.apache.http.message.BasicHttpResponse;
import org.apache.http.nio.entity.ConsumingNHttpEntity;
import org.apache.http.nio.protocol.NHttpRequestHandler;
import org.apache.http.nio.protocol.NHttpResponseTrigger;
import org.apache.http.nio.protocol.SimpleNHttpRequestHandler;
import org.apache.http.protocol.HttpContext;

/**
 * Runs one of MaryTTS's quick stock handlers (info lists, the web page files) on the I/O thread,
 * with a bounded request body and its error pages rewritten into one line of text.
 */
final class StockAdapter implements NHttpRequestHandler {
    private final SimpleNHttpRequestHandler stock;
    private final ServerLimits limits;
    private final HardenedMaryServer server;

    StockAdapter(SimpleNHttpRequestHandler stock, ServerLimits limits, HardenedMaryServer server) {
        this.stock = stock;
        this.limits = limits;
        this.server = server;
    }

    public ConsumingNHttpEntity entityRequest(HttpEntityEnclosingRequest request, HttpContext context) {
        return new BufferedBody(limits.maxBodyBytes());
    }

    public void handle(HttpRequest request, HttpResponse response, NHttpResponseTrigger trigger, HttpContext context)
            throws HttpException, IOException {
        String id = server.nextRequestId();
        try {
            if (request instanceof HttpEntityEnclosingRequest
                    && ((HttpEntityEnclosingRequest) request).getEntity() instanceof BufferedBody
                    && ((BufferedBody) ((HttpEntityEnclosingRequest) request).getEntity()).tooLarge()) {
                Responses.text(response, 413, "request body is larger than " + limits.maxBodyBytes() + " bytes", id);
            } else {
                server.ensureHost(request);
                HttpResponse stockResponse = new BasicHttpResponse(HttpVersion.HTTP_1_1, 200, "OK");
                stock.handle(request, stockResponse, context);
                Responses.sanitize(stockResponse, response, id, limits.retryAfterSeconds(),
                        request.getRequestLine().getUri().replaceAll("\\?.*", ""));
            }
        } catch (RuntimeException e) {
            Responses.LOG.error("request " + id + " failed", e);
            Responses.text(response, 500, "internal error, request id " + id, id);
        }
        trigger.submitResponse(response);
    }
}
