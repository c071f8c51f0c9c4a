package yaowen.crawler.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** A body subscriber that keeps at most {@code cap} bytes and then cancels the rest of the transfer. */
final class CappedBody implements HttpResponse.BodySubscriber<CappedBody.Bytes> {
    record Bytes(byte[] bytes, boolean truncated) {
    }

    private final int cap;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CompletableFuture<Bytes> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    private CappedBody(int cap) {
        this.cap = cap;
    }

    static HttpResponse.BodySubscriber<Bytes> subscriber(int cap) {
        return new CappedBody(cap);
    }

    @Override
    public CompletionStage<Bytes> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer b : buffers) {
            int room = cap - out.size();
            int n = b.remaining();
            if (n > room) {
                byte[] part = new byte[room];
                b.get(part);
                out.write(part, 0, room);
                result.complete(new Bytes(out.toByteArray(), true));
                subscription.cancel();
                return;
            }
            byte[] chunk = new byte[n];
            b.get(chunk);
            out.write(chunk, 0, n);
        }
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        result.complete(new Bytes(out.toByteArray(), false));
    }
}
