package org.beihaiyatsushiro.site.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.beihaiyatsushiro.site.testing.CapturedLog;
import org.beihaiyatsushiro.site.testing.FixtureSite;
import org.beihaiyatsushiro.site.testing.PreviewEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview fed what an attacker or an unlucky save would feed it: malformed paths, another
 * website's Host, links out of its folder, templates that throw. Each gets an answer (never a
 * dropped connection), nothing from outside the preview's folder is served, and after each the next
 * good save is baked and served.
 */
class HostilePreviewIT {
  private static final Duration WAIT = Duration.ofSeconds(90);
  private static final String SECRET = "root:x:0:0:secret outside the preview";

  @TempDir Path dir;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ByteArrayOutputStream console = new ByteArrayOutputStream();
  private FixtureSite site;
  private LivePreview preview;
  private int port;
  private BlockingQueue<String> events;

  @BeforeEach
  void start() throws IOException {
    site =
        FixtureSite.withRealTheme(dir.resolve("site"))
            .write("content/en/beihai.md", FixtureSite.article("Beihai", "2022", "A port city."));
    preview =
        LivePreview.start(
            site.root(),
            site.root().resolve("target/preview/site"),
            0,
            new PrintStream(console, true, StandardCharsets.UTF_8));
    port = URI.create(preview.server().url()).getPort();
    events = PreviewEvents.bakes(http, preview.server().url() + "__preview/events");
  }

  @AfterEach
  void stop() throws IOException {
    preview.close();
  }

  @Test
  void aMalformedPathGets400WithAShortPlainPage() throws Exception {
    List<String> paths =
        List.of(
            "/%00",
            "/en/beihai%00.html",
            "/%C3%28.html",
            "/../../etc/passwd",
            "/en/%2e%2e/%2e%2e/etc/passwd",
            "/..%2f..%2fetc%2fpasswd",
            "/./index.html",
            "/en%5c..%5cindex.html",
            "/%0d%0aSet-Cookie:%20a=b",
            "/%7f",
            "/__preview/%00");
    for (String path : paths) {
      Answer answer = request("GET " + path + " HTTP/1.1", "127.0.0.1:" + port);

      assertThat(answer.status()).as(path).isEqualTo(400);
      assertThat(answer.body()).as(path).isEqualTo("Bad request: the address is malformed.\n");
    }
    // What is no URI at all the JDK's server refuses itself, with its own short page.
    for (String path : List.of("/%zz", "/en\\..\\index.html")) {
      Answer answer = request("GET " + path + " HTTP/1.1", "127.0.0.1:" + port);

      assertThat(answer.status()).as(path).isEqualTo(400);
      assertThat(answer.body()).as(path).hasSizeLessThan(100);
    }
    assertThat(request("GET /en/beihai.html HTTP/1.1", "127.0.0.1:" + port).status())
        .isEqualTo(200);
  }

  @Test
  void aHostThatIsNotThePreviewsOwnAddressGets403() throws Exception {
    for (String host :
        List.of(
            "evil.example",
            "evil.example:" + port,
            "127.0.0.1:" + (port == 1 ? 2 : 1),
            "127.0.0.1",
            "localhost.evil.example:" + port)) {
      for (String path : List.of("/en/beihai.html", "/__preview/reload.js", "/__preview/events")) {
        Answer answer = request("GET " + path + " HTTP/1.1", host);

        assertThat(answer.status()).as(host + path).isEqualTo(403);
        assertThat(answer.body())
            .as(host + path)
            .isEqualTo(
                "Forbidden: the preview answers only requests for http://127.0.0.1:"
                    + port
                    + "/ made on this computer.\n");
      }
    }
    assertThat(request("GET /en/beihai.html HTTP/1.0", null).status())
        .as("no Host at all")
        .isEqualTo(403);
    for (String host :
        List.of("127.0.0.1:" + port, "localhost:" + port, "LocalHost:" + port, "[::1]:" + port)) {
      Answer answer = request("GET /en/beihai.html HTTP/1.1", host);
      assertThat(answer.status()).as(host).isEqualTo(200);
      assertThat(answer.body()).as(host).contains("A port city.");
    }
  }

  @Test
  void aLinkInThePreviewsFolderIsNeverFollowed() throws Exception {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.writeString(outside.resolve("passwd"), SECRET);
    Path output = site.root().resolve("target/preview/site");
    Files.createSymbolicLink(output.resolve("en/passwd.svg"), outside.resolve("passwd"));
    Files.createSymbolicLink(output.resolve("leak"), outside);
    Files.createSymbolicLink(output.resolve("en/alias.html"), Path.of("beihai.html"));

    // A link is answered exactly as a file that is not there: the site's own 404 page.
    Answer missing = request("GET /en/no-such-page.html HTTP/1.1", "127.0.0.1:" + port);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.body()).containsIgnoringCase("<!doctype html>").doesNotContain(SECRET);
    for (String path : List.of("/en/passwd.svg", "/leak/passwd", "/leak", "/en/alias.html")) {
      Answer answer = request("GET " + path + " HTTP/1.1", "127.0.0.1:" + port);

      assertThat(answer.status()).as(path).isEqualTo(404);
      assertThat(answer.body()).as(path).isEqualTo(missing.body());
    }
  }

  @Test
  void aBakeThatThrowsIsShownAndTheNextGoodSaveIsServed() throws Exception {
    assertThat(nextBake()).isEqualTo("1");
    Path template = site.root().resolve("templates/article.ftlh");
    String good = Files.readString(template);

    // A template that calls itself without end: the bake ends in a StackOverflowError.
    Files.writeString(template, "<#macro down><@down/></#macro><@down/>\n");
    assertThat(nextBake()).isEqualTo("2");
    HttpResponse<String> page = get("en/beihai.html");
    assertThat(page.statusCode()).isEqualTo(500);
    assertThat(page.body()).contains("StackOverflowError");
    assertThat(console()).contains("The bake failed: StackOverflowError");

    // A template that refers to what does not exist: Freemarker throws. Its ERROR lines are the
    // test's to read, not the build's to print.
    try (CapturedLog log = CapturedLog.start()) {
      Files.writeString(template, "${page.noSuchThing.deeper}\n");
      assertThat(nextBake()).isEqualTo("3");
      assertThat(get("en/beihai.html").statusCode()).isEqualTo(500);
      assertThat(log.lines())
          .anySatisfy(line -> assertThat(line).startsWith("ERROR").contains("article.ftlh"));
    }

    Files.writeString(template, good);
    assertThat(nextBake()).isEqualTo("4");
    site.write(
        "content/en/yatsushiro.md", FixtureSite.article("Yatsushiro", "2022", "A castle town."));
    assertThat(nextBake()).isEqualTo("5");
    page = get("en/yatsushiro.html");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("A castle town.");
    assertThat(get("en/beihai.html").body()).contains("A port city.");
  }

  @Test
  void aLinkSavedAmongTheSourcesIsAProblemAndNothingItPointsToIsServed() throws Exception {
    assertThat(nextBake()).isEqualTo("1");
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.writeString(outside.resolve("passwd"), SECRET);

    Files.createSymbolicLink(site.root().resolve("assets/leak"), outside);
    assertThat(nextBake()).isEqualTo("2");
    String problem =
        "assets/leak:1: this is a symbolic link to "
            + outside
            + "; the site reads no links, wherever they point, so that nothing from outside the"
            + " repository is ever published (replace the link with the folder itself and its"
            + " files)";
    HttpResponse<String> page = get("leak/passwd");
    assertThat(page.statusCode()).isEqualTo(500);
    assertThat(page.body()).contains(problem).doesNotContain("secret outside");
    assertThat(console()).contains(problem);
    assertThat(site.root().resolve("target/preview/site/leak")).doesNotExist();

    Files.delete(site.root().resolve("assets/leak"));
    assertThat(nextBake()).isEqualTo("3");
    assertThat(get("en/beihai.html").statusCode()).isEqualTo(200);
  }

  /** What the server answered to a request sent byte for byte. */
  private record Answer(int status, String text) {
    String body() {
      int end = text.indexOf("\r\n\r\n");
      return end < 0 ? "" : text.substring(end + 4);
    }
  }

  /**
   * Sends a request line and a Host header (none when null) as they are, which no HTTP client
   * would; a dropped connection fails the test.
   */
  private Answer request(String requestLine, String host) throws IOException {
    try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port)) {
      socket.setSoTimeout((int) WAIT.toMillis());
      String request =
          requestLine
              + "\r\n"
              + (host == null ? "" : "Host: " + host + "\r\n")
              + "Connection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
      String text = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(text).as("an answer to %s", requestLine).matches("(?s)HTTP/1\\.1 \\d{3} .*");
      return new Answer(Integer.parseInt(text.substring(9, 12)), text);
    }
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(preview.server().url() + path)).timeout(WAIT).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private String console() {
    return console.toString(StandardCharsets.UTF_8);
  }

  private String nextBake() throws InterruptedException {
    String generation = events.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(generation).as("a bake event within " + WAIT).isNotNull();
    return generation;
  }
}
