package org.beihaiyatsushiro.site.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** The live preview's event stream, read as its reload script reads it. */
public final class PreviewEvents {
  private PreviewEvents() {}

  /**
   * Opens the stream at {@code url} ({@code …/__preview/events}); the queue receives the data of
   * each {@code baked} event, the bake's number, as it comes.
   */
  public static BlockingQueue<String> bakes(HttpClient http, String url) {
    BlockingQueue<String> baked = new LinkedBlockingQueue<>();
    http.sendAsync(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofLines())
        .thenAccept(
            response -> {
              String[] event = {""};
              response
                  .body()
                  .forEach(
                      line -> {
                        if (line.startsWith("event: ")) {
                          event[0] = line.substring(7);
                        } else if (line.startsWith("data: ") && event[0].equals("baked")) {
                          baked.add(line.substring(6));
                        }
                      });
            });
    return baked;
  }
}
