package org.beihaiyatsushiro.site.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
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
import java.util.stream.Stream;
import org.beihaiyatsushiro.site.testing.CapturedLog;
import org.beihaiyatsushiro.site.testing.FixtureSite;
import org.beihaiyatsushiro.site.testing.PreviewEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview as an editor uses it: a page in the browser, a save, the page reloading; a mistake,
 * the error page naming file and line; the fix, the page back.
 */
class LivePreviewIT {
  private static final Duration WAIT = Duration.ofSeconds(90);

  @TempDir Path dir;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ByteArrayOutputStream console = new ByteArrayOutputStream();
  private LivePreview preview;

  @AfterEach
  void stop() throws IOException {
    if (preview != null) {
      preview.close();
    }
  }

  @Test
  void aSaveRebakesAndReloadsAMistakeShowsFileAndLineAndTheFixBringsThePageBack() throws Exception {
    FixtureSite site =
        FixtureSite.withRealTheme(dir)
            .write(
                "content/en/beihai.md",
                FixtureSite.article("Beihai", "2022-09-29", "A port city in Guangxi."));
    Path output = dir.resolve("target/preview/site");
    preview =
        LivePreview.start(
            site.root(), output, 0, new PrintStream(console, true, StandardCharsets.UTF_8));
    String url = preview.server().url();
    assertThat(url).startsWith("http://127.0.0.1:");

    HttpResponse<String> page = get(url + "en/beihai.html");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("A port city in Guangxi.")
        .contains("<script src=\"/__preview/reload.js\" data-generation=\"1\" defer></script>");
    HttpResponse<String> script = get(url + "__preview/reload.js");
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/javascript"));
    assertThat(script.body()).contains("new EventSource('/__preview/events')");

    BlockingQueue<String> events = PreviewEvents.bakes(http, url + "__preview/events");
    assertThat(nextBake(events)).isEqualTo("1");

    site.write(
        "content/en/beihai.md",
        FixtureSite.article("Beihai", "2022-09-29", "A port city on the Gulf of Tonkin."));
    assertThat(nextBake(events)).isEqualTo("2");
    page = get(url + "en/beihai.html");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("A port city on the Gulf of Tonkin.")
        .contains("data-generation=\"2\"");

    try (CapturedLog log = CapturedLog.start()) {
      site.write(
          "content/en/beihai.md",
          "---\ntitel: Beihai\ndate: 2022-09-29\ntype: article\nstatus: published\n---\n\nText.\n");
      assertThat(nextBake(events)).isEqualTo("3");
      assertThat(log.lines())
          .contains(
              "ERROR SiteBake - content/en/beihai.md:2: unknown field 'titel' (did you mean 'title'?)");
    }
    page = get(url + "en/beihai.html");
    assertThat(page.statusCode()).isEqualTo(500);
    String problem = "content/en/beihai.md:2: unknown field 'titel' (did you mean 'title'?)";
    assertThat(page.body())
        .contains(problem)
        .contains("<script src=\"/__preview/reload.js\" data-generation=\"3\" defer>");
    assertThat(console.toString(StandardCharsets.UTF_8)).contains(problem);

    site.write(
        "content/en/beihai.md", FixtureSite.article("Beihai", "2022-09-29", "A port city, fixed."));
    assertThat(nextBake(events)).isEqualTo("4");
    page = get(url + "en/beihai.html");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("A port city, fixed.");

    assertThat(bakedFiles(output)).isNotEmpty().noneMatch(f -> read(f).contains("__preview"));
  }

  @Test
  void aChangeToATemplateOrTheUiStringsRebakesToo() throws Exception {
    FixtureSite site =
        FixtureSite.withRealTheme(dir)
            .write("content/en/beihai.md", FixtureSite.article("Beihai", "2022", "A port city."));
    preview =
        LivePreview.start(
            site.root(),
            dir.resolve("target/preview/site"),
            0,
            new PrintStream(console, true, StandardCharsets.UTF_8));
    BlockingQueue<String> events =
        PreviewEvents.bakes(http, preview.server().url() + "__preview/events");
    assertThat(nextBake(events)).isEqualTo("1");

    Path layout = dir.resolve("templates/article.ftlh");
    Files.writeString(layout, Files.readString(layout) + "\n<#-- edited -->\n");
    assertThat(nextBake(events)).isEqualTo("2");
    assertThat(console.toString(StandardCharsets.UTF_8)).contains("Saved: templates/article.ftlh");
  }

  private HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(WAIT).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String nextBake(BlockingQueue<String> events) throws InterruptedException {
    String generation = events.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(generation).as("a bake event within " + WAIT).isNotNull();
    return generation;
  }

  private static List<Path> bakedFiles(Path output) throws IOException {
    try (Stream<Path> walk = Files.walk(output)) {
      return walk.filter(Files::isRegularFile).toList();
    }
  }

  private static String read(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
