package org.beihaiyatsushiro.site.preview;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beihaiyatsushiro.site.archive.MediaTypes;
import org.beihaiyatsushiro.site.base.SitePaths;

/**
 * The live preview's web server: serves the baked preview on the loopback interface only, adds the
 * reload script to every HTML page it serves, tells open pages when a bake is done (Server-Sent
 * Events), and shows the problems of a failed bake in place of the pages.
 *
 * <p>The reload script is added at serve time: the files on disk, like the published site, carry
 * none of it. The pages' Content-Security-Policy allows scripts from their own origin only, which
 * is where the script comes from. Requests wait while a bake rewrites the folder, so no page is
 * served half-baked.
 *
 * <p>Only regular files reached without a link, whose real path is inside the preview's folder, are
 * served (404 otherwise); a request for another Host than the preview's own address gets 403 and a
 * malformed path 400, each with a short plain page.
 */
public final class PreviewServer implements Closeable {
  /** Where the reload script is served; the preview's own paths never clash with the site's. */
  public static final String RELOAD_SCRIPT = "/__preview/reload.js";

  /** The event stream the reload script listens to. */
  public static final String EVENTS = "/__preview/events";

  /** How often an idle event stream is kept alive, so proxies and browsers keep it open. */
  private static final long KEEP_ALIVE_MILLIS = 15_000;

  private static final Pattern HEAD_END = Pattern.compile("</head\\s*>", Pattern.CASE_INSENSITIVE);

  private final PreviewBaker baker;
  private final Path site;
  private final HttpServer http;
  private final ExecutorService threads;
  private final ReadWriteLock folder = new ReentrantReadWriteLock();
  private final byte[] reloadScript;
  private PreviewBake last;
  private boolean closed;

  private PreviewServer(PreviewBaker baker, int port) throws IOException {
    this.baker = baker;
    this.site = baker.output();
    this.reloadScript = resource("reload.js");
    InetAddress loopback = InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
    this.http = HttpServer.create(new InetSocketAddress(loopback, port), 0);
    this.threads =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "preview-http");
              t.setDaemon(true);
              return t;
            });
    http.setExecutor(threads);
    for (HttpContext context :
        List.of(
            http.createContext("/", this::serveSite),
            http.createContext(RELOAD_SCRIPT, this::serveReloadScript),
            http.createContext(EVENTS, this::serveEvents))) {
      context.getFilters().add(new RequestGuard());
    }
  }

  /**
   * Bakes the site once and starts serving it on 127.0.0.1.
   *
   * @param port the port, or 0 for any free one
   * @throws IOException when the port cannot be opened (most often: it is in use)
   */
  public static PreviewServer start(PreviewBaker baker, int port) throws IOException {
    Objects.requireNonNull(baker, "baker");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("no such port: " + port);
    }
    PreviewServer server = new PreviewServer(baker, port);
    server.rebake();
    server.http.start();
    return server;
  }

  /** The address pages are served from, ending in '/'. */
  public String url() {
    return "http://127.0.0.1:" + http.getAddress().getPort() + "/";
  }

  /** Bakes again, then tells every open page to reload. */
  public PreviewBake rebake() {
    folder.writeLock().lock();
    try {
      PreviewBake bake = baker.bake();
      synchronized (this) {
        last = bake;
        notifyAll();
      }
      return bake;
    } finally {
      folder.writeLock().unlock();
    }
  }

  /** The last bake. */
  public synchronized PreviewBake last() {
    return last;
  }

  private void serveSite(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!isRead(exchange)) {
        return;
      }
      // The guard has let through only paths of plain segments: no '..', '\\' or control sign.
      String rel = exchange.getRequestURI().getPath().replaceFirst("^/+", "");
      if (rel.isEmpty() || rel.endsWith("/")) {
        rel = rel + "index.html";
      }
      Path file = site.resolve(rel);
      folder.readLock().lock();
      try {
        PreviewBake bake = last();
        Entry entry = entryAt(file);
        if (bake.failed()
            && (MediaTypes.isPage(file.getFileName().toString()) || entry != Entry.FILE)) {
          send(
              exchange,
              500,
              MediaTypes.of("page.html"),
              bytes(ErrorPage.html(bake, RELOAD_SCRIPT)));
        } else if (entry == Entry.FOLDER) {
          String location = exchange.getRequestURI().getRawPath() + "/";
          exchange.getResponseHeaders().set("Location", location);
          send(exchange, 301, "text/plain; charset=utf-8", bytes(location));
        } else if (entry == Entry.FILE) {
          send(exchange, 200, typeOf(file), page(file, bake));
        } else {
          Path notFound = site.resolve(SitePaths.NOT_FOUND);
          if (entryAt(notFound) == Entry.FILE) {
            send(exchange, 404, MediaTypes.of("page.html"), page(notFound, bake));
          } else {
            send(exchange, 404, "text/plain; charset=utf-8", bytes("Not found: " + rel));
          }
        }
      } finally {
        folder.readLock().unlock();
      }
    }
  }

  /** What a path of the preview's folder is, as far as a request may see. */
  private enum Entry {
    FILE,
    FOLDER,
    NOTHING
  }

  /**
   * What a request may see at a path inside the site's folder: a regular file or a folder reached
   * without any link, whose real path is inside the site's folder. A link, wherever it points, and
   * anything that is not a regular file or folder are {@link Entry#NOTHING}, so no request ever
   * reads a byte from outside the preview's folder.
   */
  private Entry entryAt(Path file) {
    try {
      Path entry = site;
      BasicFileAttributes attributes =
          Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      for (Path name : site.relativize(file)) {
        entry = entry.resolve(name);
        attributes =
            Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isRegularFile() && !attributes.isDirectory()) {
          return Entry.NOTHING;
        }
      }
      if (!file.toRealPath().startsWith(site.toRealPath())) {
        return Entry.NOTHING;
      }
      return attributes.isRegularFile()
          ? Entry.FILE
          : attributes.isDirectory() ? Entry.FOLDER : Entry.NOTHING;
    } catch (IOException e) {
      return Entry.NOTHING;
    }
  }

  /** A file as served: an HTML page gains the reload script, anything else is sent as it is. */
  private static byte[] page(Path file, PreviewBake bake) throws IOException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      bytes = in.readAllBytes();
    }
    if (!MediaTypes.isPage(file.getFileName().toString())) {
      return bytes;
    }
    return bytes(withReloadScript(new String(bytes, StandardCharsets.UTF_8), bake.generation()));
  }

  /** Adds the reload script to the head of a page (or its end when it has no head). */
  static String withReloadScript(String html, int generation) {
    String tag =
        "<script src=\""
            + RELOAD_SCRIPT
            + "\" data-generation=\""
            + generation
            + "\" defer></script>\n";
    Matcher head = HEAD_END.matcher(html);
    if (head.find()) {
      return html.substring(0, head.start()) + tag + html.substring(head.start());
    }
    return html + tag;
  }

  private void serveReloadScript(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (isRead(exchange)) {
        send(exchange, 200, MediaTypes.of("reload.js"), reloadScript);
      }
    }
  }

  /**
   * The event stream: an event {@code baked} with the bake's generation when a page connects and
   * after every bake; a page served from an older generation reloads.
   */
  private void serveEvents(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!isRead(exchange)) {
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      exchange.sendResponseHeaders(200, 0);
      OutputStream out = exchange.getResponseBody();
      int seen = -1;
      out.write(bytes("retry: 1000\n\n"));
      while (true) {
        int generation;
        synchronized (this) {
          if (!closed && last.generation() == seen) {
            wait(KEEP_ALIVE_MILLIS);
          }
          if (closed) {
            return;
          }
          generation = last.generation();
        }
        if (generation != seen) {
          out.write(bytes("event: baked\ndata: " + generation + "\n\n"));
          seen = generation;
        } else {
          out.write(bytes(": still here\n\n"));
        }
        out.flush();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // The page was closed or reloaded: its stream ends here.
    }
  }

  /**
   * Answers a request the preview must not serve before any handler sees it: 403 when the Host is
   * not the preview's own loopback address and port (a page of another website, whose name an
   * attacker has pointed at 127.0.0.1, must not read the preview: DNS rebinding), 400 when the path
   * is malformed. The JDK's server itself answers 400 to a path that is no URI at all.
   */
  private final class RequestGuard extends Filter {
    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
      Optional<String> refusal = hostRefusal(exchange);
      int status = 403;
      if (refusal.isEmpty()) {
        refusal = pathRefusal(exchange.getRequestURI());
        status = 400;
      }
      if (refusal.isEmpty()) {
        try {
          chain.doFilter(exchange);
        } catch (RuntimeException e) {
          // An answer, not a dropped connection, unless the answer had already begun.
          try (exchange) {
            send(
                exchange,
                500,
                "text/plain; charset=utf-8",
                bytes("The preview could not serve this address: " + e + "\n"));
          } catch (IOException | RuntimeException alreadyAnswering) {
            // The response had begun; the connection ends here.
          }
        }
        return;
      }
      try (exchange) {
        send(exchange, status, "text/plain; charset=utf-8", bytes(refusal.get()));
      }
    }

    @Override
    public String description() {
      return "answers 403 to a foreign Host and 400 to a malformed path";
    }
  }

  /** Why a request's Host header is not the preview's own address, if it is not. */
  private Optional<String> hostRefusal(HttpExchange exchange) {
    List<String> hosts = exchange.getRequestHeaders().get("Host");
    int port = http.getAddress().getPort();
    Set<String> own = Set.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port);
    if (hosts != null
        && hosts.size() == 1
        && own.contains(hosts.get(0).strip().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    return Optional.of(
        "Forbidden: the preview answers only requests for http://127.0.0.1:"
            + port
            + "/ made on this computer.\n");
  }

  /**
   * Why a request's path is malformed, if it is: a path must start with '/' and its segments,
   * decoded, must be valid UTF-8 without control signs or '\\', and none may be '.' or '..'.
   */
  static Optional<String> pathRefusal(URI uri) {
    String raw = uri.getRawPath();
    String path = uri.getPath();
    String bad = "Bad request: the address is malformed.\n";
    if (raw == null || path == null || !raw.startsWith("/")) {
      return Optional.of(bad);
    }
    // A percent code that is not UTF-8 decodes to U+FFFD.
    if (path.indexOf('\uFFFD') >= 0 && !raw.contains("\uFFFD")) {
      return Optional.of(bad);
    }
    boolean control = path.chars().anyMatch(c -> c < 0x20 || (c >= 0x7f && c < 0xa0));
    if (control || path.indexOf('\\') >= 0) {
      return Optional.of(bad);
    }
    for (String segment : path.split("/", -1)) {
      if (segment.equals(".") || segment.equals("..")) {
        return Optional.of(bad);
      }
    }
    return Optional.empty();
  }

  private static boolean isRead(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    if (method.equals("GET") || method.equals("HEAD")) {
      return true;
    }
    exchange.getResponseHeaders().set("Allow", "GET, HEAD");
    send(exchange, 405, "text/plain; charset=utf-8", bytes("The preview only serves pages."));
    return false;
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    if (exchange.getRequestMethod().equals("HEAD")) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      exchange.getResponseBody().write(body);
    }
  }

  /** The same media types the archive records, as GitHub Pages sends them. */
  private static String typeOf(Path file) {
    return MediaTypes.of(file.getFileName().toString());
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] resource(String name) {
    try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the extension's jar lacks " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stops serving; open event streams end. */
  @Override
  public void close() {
    synchronized (this) {
      closed = true;
      notifyAll();
    }
    http.stop(0);
    threads.shutdownNow();
    baker.close();
  }
}
