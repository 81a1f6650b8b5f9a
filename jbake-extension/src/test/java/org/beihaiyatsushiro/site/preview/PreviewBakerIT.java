package org.beihaiyatsushiro.site.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.beihaiyatsushiro.site.archive.MediaTypes;
import org.beihaiyatsushiro.site.testing.CapturedLog;
import org.beihaiyatsushiro.site.testing.FixtureSite;
import org.beihaiyatsushiro.site.testing.Printed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview keeps JBake's content store from one bake to the next; what a bake writes must still
 * depend only on the sources of that moment.
 */
class PreviewBakerIT {
  @TempDir Path dir;

  @Test
  void aBakeAfterSavesWritesWhatAFreshBakeWritesAndNothingLeftOver() throws IOException {
    FixtureSite site =
        FixtureSite.withRealTheme(dir.resolve("site"))
            .write(
                "content/en/beihai.md",
                FixtureSite.article("Beihai", "2022-09-29", "A port city in Guangxi."))
            .write(
                "content/en/about.html",
                "title=About\ntype=page\nstatus=published\n~~~~~~\n<p>JBake would bake this.</p>\n");
    try (PreviewBaker kept = new PreviewBaker(site.root(), dir.resolve("kept"))) {
      CapturedLog.Logged<PreviewBake> first = CapturedLog.of(kept::bake);
      assertThat(first.value().problems())
          .extracting(Printed::line)
          .containsExactly(
              "content/en/about.html:1: a .html file in content/ would be handled by JBake on its"
                  + " own, outside the site's checks (write the page in Markdown as about.md;"
                  + " tables of words belong in data/, templates in templates/)");
      assertThat(first.log())
          .contains(
              "ERROR SiteBake - The build failed because of 1 content problem, listed"
                  + " above as file:line: what is wrong (how to fix it). Nothing was published.");

      Files.delete(site.root().resolve("content/en/about.html"));
      site.write(
          "content/en/yatsushiro.md",
          FixtureSite.article("Yatsushiro", "1988-02-01", "A city in Kumamoto."));
      PreviewBake second = kept.bake();
      assertThat(second.failed()).as("%s", second).isFalse();

      try (PreviewBaker fresh = new PreviewBaker(site.root(), dir.resolve("fresh"))) {
        assertThat(fresh.bake().failed()).isFalse();
      }
      Map<String, String> afterSaves = files(dir.resolve("kept"));
      assertThat(afterSaves).containsKey("en/yatsushiro.html").doesNotContainKey("en/about.html");
      assertThat(afterSaves).isEqualTo(files(dir.resolve("fresh")));
    }
  }

  @Test
  void thePreviewBakesForTheAddressItIsServedAtNotThePublishedOne() throws IOException {
    FixtureSite site =
        FixtureSite.withRealTheme(dir.resolve("site"))
            .write(
                "content/en/beihai.md",
                FixtureSite.article("Beihai", "2022-09-29", "A port city in Guangxi."));
    try (PreviewBaker baker =
        new PreviewBaker(site.root(), dir.resolve("preview"), "http://127.0.0.1:8820/")) {
      assertThat(baker.bake().failed()).isFalse();
    }
    String sitemap = Files.readString(dir.resolve("preview/en/sitemap.xml"));
    assertThat(sitemap)
        .contains("http://127.0.0.1:8820/en/beihai.html")
        .doesNotContain("beihai-yatsushiro.github.io");
  }

  /** Every file of a baked site with its text (a binary file such as a PNG in Base64). */
  private static Map<String, String> files(Path site) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(site)) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        String path = site.relativize(f).toString().replace('\\', '/');
        files.put(
            path,
            MediaTypes.isText(path)
                ? Files.readString(f)
                : Base64.getEncoder().encodeToString(Files.readAllBytes(f)));
      }
    }
    return files;
  }
}
