package org.beihaiyatsushiro.checks.publish;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.beihaiyatsushiro.site.archive.MediaTypes;

/**
 * A web server, on the loopback address only, that serves a baked site under a path as GitHub Pages
 * serves a project site: a folder's index.html for the folder's address, a redirect to the slash
 * for a folder named without one, and for every missing path the site's 404.html with status 404.
 * It stops when closed.
 */
public final class PagesServer implements AutoCloseable {
  private final HttpServer server;
  private final Path root;
  private final String prefix;
  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private PagesServer(Path root, String prefix) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    this.prefix = prefix;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /**
   * Serves the site in {@code root} under {@code prefix} ({@code /some-repo/}).
   *
   * @throws IllegalArgumentException unless the prefix starts and ends with '/'
   */
  public static PagesServer serve(Path root, String prefix) throws IOException {
    Objects.requireNonNull(root, "root");
    if (!prefix.startsWith("/") || !prefix.endsWith("/")) {
      throw new IllegalArgumentException("a prefix starts and ends with '/': " + prefix);
    }
    return new PagesServer(root, prefix);
  }

  /** The address of a path on this server, such as {@code /some-repo/en/index.html}. */
  public URI url(String path) {
    return URI.create("http://" + host() + path);
  }

  /** The site's root address: http://127.0.0.1:port/some-repo/. */
  public URI siteRoot() {
    return url(prefix);
  }

  /** Requests a URL of this server and returns the response with its body. */
  HttpResponse<byte[]> get(URI url) throws IOException, InterruptedException {
    if (!url.getRawAuthority().equals(host())) {
      throw new IllegalArgumentException("not this server: " + url);
    }
    return client.send(
        HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /** host:port of this server. */
  String host() {
    return server.getAddress().getHostString() + ":" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      if (!exchange.getRequestMethod().equals("GET")) {
        send(exchange, 405, "text/plain; charset=utf-8", new byte[0]);
        return;
      }
      if (path.equals(prefix.substring(0, prefix.length() - 1))) {
        redirect(exchange, prefix);
        return;
      }
      if (!path.startsWith(prefix)) {
        send(exchange, 404, "text/plain; charset=utf-8", "not this site".getBytes());
        return;
      }
      String sitePath = path.substring(prefix.length());
      Path file = root.resolve(sitePath).normalize();
      if (!file.startsWith(root)) {
        notFound(exchange);
        return;
      }
      if (Files.isDirectory(file)) {
        if (!sitePath.isEmpty() && !sitePath.endsWith("/")) {
          redirect(exchange, path + "/");
          return;
        }
        file = file.resolve("index.html");
        sitePath = sitePath + "index.html";
      }
      if (!Files.isRegularFile(file)) {
        notFound(exchange);
        return;
      }
      send(exchange, 200, MediaTypes.of(sitePath), Files.readAllBytes(file));
    }
  }

  private void notFound(HttpExchange exchange) throws IOException {
    Path page = root.resolve(SiteCrawl.NOT_FOUND_PAGE);
    byte[] body = Files.isRegularFile(page) ? Files.readAllBytes(page) : new byte[0];
    send(exchange, 404, MediaTypes.of(SiteCrawl.NOT_FOUND_PAGE), body);
  }

  private static void redirect(HttpExchange exchange, String location) throws IOException {
    exchange.getResponseHeaders().set("Location", location);
    send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
