package org.beihaiyatsushiro.site.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.beihaiyatsushiro.site.bake.SiteBake;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.base.Problem;
import org.beihaiyatsushiro.site.base.Problems;
import org.beihaiyatsushiro.site.base.SiteConfig;
import org.beihaiyatsushiro.site.content.Article;
import org.beihaiyatsushiro.site.content.ContentReader;
import org.beihaiyatsushiro.site.content.PageType;
import org.beihaiyatsushiro.site.pages.PageModels;
import org.beihaiyatsushiro.site.pages.SiteIndex;
import org.beihaiyatsushiro.site.pages.Templates;
import org.beihaiyatsushiro.site.testing.FixtureSite;
import org.beihaiyatsushiro.site.testing.Printed;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random damage to the real content files, as careless saves, bad merges and wrong encodings do it,
 * and as hostile editors do it (a sign repeated thousands of times): whatever happens, the check
 * ends without an unhandled exception, and every file is either reported with a problem at a line
 * it has, or a draft, or published (in the site's index, and the page that shows it rendered: its
 * own, or every timeline for an event).
 *
 * <p>The seed is fixed, so a failure names a case that can be replayed.
 */
class ContentFuzzIT {
  private static final long SEED = 20220929L;
  private static final int CASES = 200;

  @TempDir Path site;

  private Templates templates;

  @Test
  void randomDamageIsReportedOrHarmlessNeverLostAndNeverACrash() throws IOException {
    for (String folder : List.of("content", "images", "data", "assets", "templates")) {
      FixtureSite.copyTree(FixtureSite.PROJECT.resolve(folder), site.resolve(folder));
    }
    Files.copy(FixtureSite.PROJECT.resolve("jbake.properties"), site.resolve("jbake.properties"));
    ContentCheck check = SiteBake.of(site).contentCheck();
    templates = Templates.of(site.resolve("templates"));
    ContentReader reader = new ContentReader(site, site.resolve("content"));
    List<Path> files = markdownFiles(site.resolve("content"));
    Problems none = new Problems();
    check.run(none);
    assertThat(none.sorted()).as("the real content has no problems to start with").isEmpty();

    Random random = new Random(SEED);
    int reported = 0;
    int published = 0;
    for (int n = 0; n < CASES; n++) {
      Path file = files.get(random.nextInt(files.size()));
      byte[] original = Files.readAllBytes(file);
      Mutation mutation = Mutation.random(random, original);
      Files.write(file, mutation.bytes());
      String what = "case " + n + " (seed " + SEED + "): " + mutation.description() + " in " + file;
      try {
        Problems problems = new Problems();
        ContentCheck.Outcome outcome = check.run(problems);
        assertEveryProblemPointsIntoItsFile(problems, what);
        if (problems.isEmpty()) {
          assertEveryFileIsDraftOrPublished(outcome, files, reader, file, what);
          published++;
        } else {
          assertEveryFileIsReportedOrRead(outcome, problems, files, reader, what);
          reported++;
        }
      } catch (RuntimeException | AssertionError e) {
        fail(what + "\n--- the damaged file ---\n" + mutation.text(), e);
      } finally {
        Files.write(file, original);
      }
    }
    // the mutations must exercise both outcomes, or the test proves little
    assertThat(reported).isGreaterThan(CASES / 4);
    assertThat(published).isGreaterThan(CASES / 20);
  }

  /** Each problem names a file of the site and a line that file has. */
  private void assertEveryProblemPointsIntoItsFile(Problems problems, String what)
      throws IOException {
    for (Problem p : problems.sorted()) {
      Path file = site.resolve(p.path());
      assertThat(file).as(what + ": " + p).isRegularFile();
      long lines =
          new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).lines().count();
      assertThat((long) p.line()).as(what + ": " + p).isBetween(1L, Math.max(1, lines + 1));
      // Told by the tables: neither the id-and-values fallback nor a placeholder left unfilled.
      assertThat(Printed.message(p))
          .as(what + ": " + p)
          .isNotBlank()
          .doesNotStartWith(p.message().message().key())
          .doesNotContainPattern("\\{[a-z_]+\\}");
    }
  }

  /**
   * With no problem, every published file is in the site's index, and the page that shows the
   * damaged file (its own, or the timeline for an event) is written with it.
   */
  private void assertEveryFileIsDraftOrPublished(
      ContentCheck.Outcome outcome,
      List<Path> files,
      ContentReader reader,
      Path damaged,
      String what) {
    SiteIndex index = new SiteIndex(outcome.articles());
    Map<String, Article> byPath = new HashMap<>();
    outcome.articles().forEach(a -> byPath.put(a.contentPath(), a));
    for (Path file : files) {
      Article a = byPath.get(reader.contentPath(file));
      assertThat(a).as(what + ": " + file + " was neither reported nor read").isNotNull();
      if (a.isPublished()) {
        assertThat(a.hasPage() ? index.pagesOf(a.lang()) : index.eventsOf(a.lang()))
            .as(what + ": " + a.sourcePath() + " is published but not in the site")
            .contains(a);
      }
    }
    Article a = byPath.get(reader.contentPath(damaged));
    if (!a.isPublished()) {
      return;
    }
    SiteConfig config = SiteConfig.read(site, site.resolve("output")).config();
    PageModels models = new PageModels(config, index, outcome.strings().orElseThrow());
    if (a.hasPage()) {
      templates.render(a.type().template(), models.forPage(a));
      return;
    }
    // an event is on the timeline of every language that has one
    for (Language lang : Language.values()) {
      Optional<Article> timeline = index.pageOfType(lang, PageType.TIMELINE);
      if (timeline.isPresent()) {
        String html = templates.render("timeline.ftlh", models.forPage(timeline.get()));
        assertThat(Jsoup.parse(html).getElementById(a.anchor()))
            .as(what + ": " + a.sourcePath() + " on the timeline of " + lang.code())
            .isNotNull();
      }
    }
  }

  /** With problems, every file is either read or reported: none slips through unmentioned. */
  private static void assertEveryFileIsReportedOrRead(
      ContentCheck.Outcome outcome,
      Problems problems,
      List<Path> files,
      ContentReader reader,
      String what) {
    List<String> read = outcome.articles().stream().map(Article::sourcePath).toList();
    for (Path file : files) {
      String path = reader.displayPath(file);
      assertThat(read.contains(path) || problems.concern(path))
          .as(what + ": " + path + " was neither read nor reported")
          .isTrue();
    }
  }

  /** One random change to a file, described so that a failure can be understood. */
  private record Mutation(byte[] bytes, String description) {
    String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    static Mutation random(Random random, byte[] original) {
      byte[] bytes = original;
      List<String> done = new ArrayList<>();
      int count = 1 + random.nextInt(3);
      for (int i = 0; i < count; i++) {
        int kind = random.nextInt(10);
        bytes =
            switch (kind) {
              case 0 -> flipByte(random, bytes, done);
              case 1 -> editLines(random, bytes, done, false);
              case 2 -> editLines(random, bytes, done, true);
              case 3 -> truncate(random, bytes, done);
              case 4 -> insert(random, bytes, ":", done);
              case 5 -> insert(random, bytes, "\n---\n", done);
              case 6 -> insert(random, bytes, randomUnicode(random), done);
              case 7 -> insert(random, bytes, "\n~~~~~~\n", done);
              case 8 -> nest(random, bytes, done);
              default -> insert(random, bytes, randomMarkup(random), done);
            };
      }
      return new Mutation(bytes, String.join(", ", done));
    }

    private static byte[] flipByte(Random random, byte[] bytes, List<String> done) {
      if (bytes.length == 0) {
        return bytes;
      }
      byte[] out = bytes.clone();
      int at = random.nextInt(out.length);
      out[at] ^= (byte) (1 << random.nextInt(8));
      done.add("byte " + at + " flipped");
      return out;
    }

    private static byte[] editLines(Random random, byte[] bytes, List<String> done, boolean dup) {
      List<String> lines =
          new ArrayList<>(List.of(new String(bytes, StandardCharsets.UTF_8).split("\n", -1)));
      int at = random.nextInt(lines.size());
      if (dup) {
        lines.add(at, lines.get(at));
        done.add("line " + (at + 1) + " duplicated");
      } else {
        lines.remove(at);
        done.add("line " + (at + 1) + " deleted");
      }
      return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] truncate(Random random, byte[] bytes, List<String> done) {
      int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
      done.add("cut after byte " + at);
      byte[] out = new byte[at];
      System.arraycopy(bytes, 0, out, 0, at);
      return out;
    }

    private static byte[] insert(Random random, byte[] bytes, String text, List<String> done) {
      String s = new String(bytes, StandardCharsets.UTF_8);
      int at = s.isEmpty() ? 0 : random.nextInt(s.length() + 1);
      if (at > 0 && at < s.length() && Character.isLowSurrogate(s.charAt(at))) {
        at--;
      }
      done.add("'" + text.replace("\n", "\\n") + "' inserted at character " + at);
      return (s.substring(0, at) + text + s.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    /** Inserts a sign repeated hundreds or thousands of times, as a hostile editor would. */
    private static byte[] nest(Random random, byte[] bytes, List<String> done) {
      List<String> signs =
          List.of("> ", "- ", "1. ", "  - x\n", "[", "![", "*a ", "<span>", "`", "*", "{", "&a ");
      String sign = signs.get(random.nextInt(signs.size()));
      int times = 100 + random.nextInt(3000);
      String s = new String(bytes, StandardCharsets.UTF_8);
      int at = s.isEmpty() ? 0 : random.nextInt(s.length() + 1);
      if (at > 0 && at < s.length() && Character.isLowSurrogate(s.charAt(at))) {
        at--;
      }
      done.add("'" + sign.replace("\n", "\\n") + "' × " + times + " inserted at character " + at);
      return (s.substring(0, at) + sign.repeat(times) + s.substring(at))
          .getBytes(StandardCharsets.UTF_8);
    }

    private static String randomUnicode(Random random) {
      StringBuilder out = new StringBuilder();
      int n = 1 + random.nextInt(4);
      for (int i = 0; i < n; i++) {
        int cp;
        do {
          cp = random.nextInt(4) == 0 ? random.nextInt(0x80) : random.nextInt(0x2FFFF);
        } while (cp >= 0xD800 && cp <= 0xDFFF);
        out.appendCodePoint(cp);
      }
      return out.toString();
    }

    private static String randomMarkup(Random random) {
      List<String> pieces =
          List.of(
              "[x](missing.md)",
              "![x](nowhere.png)",
              "<script>alert(1)</script>",
              "<b onclick=x>",
              "[^1]",
              "| a |\n|---|\n",
              "\n# ",
              "](",
              "`",
              "\"",
              "'",
              "#",
              "\t",
              "\r",
              "\uFEFF",
              "*");
      return pieces.get(random.nextInt(pieces.size()));
    }
  }

  private static List<Path> markdownFiles(Path content) throws IOException {
    try (Stream<Path> walk = Files.walk(content)) {
      return walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
  }
}
