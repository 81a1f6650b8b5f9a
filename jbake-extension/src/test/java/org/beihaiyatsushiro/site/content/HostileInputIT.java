package org.beihaiyatsushiro.site.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.base.Problems;
import org.beihaiyatsushiro.site.testing.Printed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input built to bring the reader down: nesting thousands deep, shapes that take Flexmark minutes,
 * files too big to publish. Each ends as a problem at its file and line, never as a stack trace;
 * the inputs are generated here, too big to commit.
 */
class HostileInputIT {
  private static final String HEADER =
      "---\ntitle: Beihai\ndate: 2022-09-29\ntype: article\nstatus: published\n---\n\n";

  @TempDir Path site;

  private final Problems problems = new Problems();

  private Optional<Article> read(String body) throws IOException {
    Path file = site.resolve("content/en/beihai.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, HEADER + body, StandardCharsets.UTF_8);
    return new ContentReader(site, site.resolve("content")).read(file, problems);
  }

  private List<String> reported() {
    return problems.sorted().stream().map(Printed::line).toList();
  }

  @Test
  void twoThousandNestedListLevelsAreAProblemAtTheirLine() throws IOException {
    assertThat(read("Text.\n\n" + "- ".repeat(1000) + "1. ".repeat(1000) + "deep\n")).isEmpty();

    assertThat(reported())
        .containsExactly(
            "content/en/beihai.md:10: block quotes and lists are nested 2000 deep on this line;"
                + " the limit is 32 (no article needs more than a few levels: remove the extra '>'"
                + " signs or list markers, or the indentation that nests the lists)");
  }

  @Test
  void twoThousandListLevelsNestedByIndentationAreAProblemAtTheFirstTooDeepLine() {
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      list.append("  ".repeat(i)).append("- level ").append(i + 1).append('\n');
    }

    new MarkdownRenderer()
        .render(
            list.toString(),
            Language.EN,
            new MarkdownRenderer.Source("content/en/beihai.md", "en/beihai.md", 8),
            problems);

    // the 33rd item is on line 8 + 32; the deeper ones after it are the same stretch
    assertThat(reported())
        .containsExactly(
            "content/en/beihai.md:40: block quotes and lists are nested 33 deep on this line;"
                + " the limit is 32 (no article needs more than a few levels: remove the extra '>'"
                + " signs or list markers, or the indentation that nests the lists)");
  }

  @Test
  void twoThousandNestedQuotesOnOneLineAreAProblemAtThatLine() throws IOException {
    assertThat(read("Text.\n\n" + ">".repeat(2000) + " deep\n")).isEmpty();

    assertThat(reported())
        .singleElement()
        .asString()
        .startsWith(
            "content/en/beihai.md:10: block"
                + " quotes and lists are nested 2000 deep on this line; the limit is 32");
  }

  @Test
  void deeplyNestedEmphasisIsAProblemBeforeItIsRendered() throws IOException {
    assertThat(read("*a ".repeat(3000) + "x" + " b*".repeat(3000) + "\n")).isEmpty();

    assertThat(reported())
        .containsExactly(
            "content/en/beihai.md:8: the text on this line is nested more than 128 levels deep"
                + " (emphasis, links, images or lists inside each other) (simplify it: no article"
                + " needs more than a few levels)");
  }

  @Test
  void thousandsOfNestedImagesAreAProblemAtTheirLine() throws IOException {
    assertThat(read("Text.\n\n" + "![".repeat(10_000) + "x" + "](a.png)".repeat(10_000))).isEmpty();

    assertThat(reported())
        .singleElement()
        .asString()
        .startsWith(
            "content/en/beihai.md:10:" + " brackets [ ] are nested more than 32 deep on this line");
  }

  @Test
  void thousandsOfNestedInlineTagsAreAProblem() throws IOException {
    assertThat(read("<span>".repeat(2000) + "x" + "</span>".repeat(2000) + "\n")).isEmpty();

    assertThat(reported())
        .containsExactly(
            "content/en/beihai.md:8: HTML tags are nested more than 32 deep here (close each tag"
                + " before opening the next, as in <span lang=\"ja\">…</span>)");
  }

  @Test
  void manyTagsSideBySideAreNoNestingEvenWithTheirOptionalEndTagsLeftOut() throws IOException {
    String ruby = "<ruby>八<rp>(</rp><rt>や</rt><rp>)</rp></ruby><ruby>代<rt>しろ</ruby>";

    assertThat(read(ruby.repeat(40) + "\n\n" + "<span lang=\"ja\">八代</span>".repeat(40)))
        .isPresent();

    assertThat(reported()).isEmpty();
  }

  @Test
  void thousandsOfNestedTagsInAnHtmlBlockAreAProblem() throws IOException {
    assertThat(read("Text.\n\n<span>\n" + "<ruby>".repeat(2000) + "x\n")).isEmpty();

    assertThat(reported())
        .containsExactly(
            "content/en/beihai.md:10: HTML tags are nested more than 32 deep here (close each tag"
                + " before opening the next, as in <span lang=\"ja\">…</span>)");
  }

  @Test
  void aNestedListInTheFrontMatterIsAProblemNotARecursion() throws IOException {
    Path file = site.resolve("content/en/beihai.md");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        HEADER.replace(
                "---\n\n", "summary: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n---\n\n")
            + "Text.\n");

    assertThat(new ContentReader(site, site.resolve("content")).read(file, problems)).isEmpty();

    assertThat(reported())
        .singleElement()
        .asString()
        .startsWith(
            "content/en/beihai.md:6: this"
                + " value has a list or a '{…}' nested inside it, which no field accepts");
  }

  @Test
  void textThatWouldTakeFlexmarkMinutesIsGivenUpWithAProblem() {
    MarkdownRenderer renderer = new MarkdownRenderer(Duration.ofSeconds(1));
    MarkdownRenderer.Source source =
        new MarkdownRenderer.Source("content/en/beihai.md", "en/beihai.md", 8);

    // unmatched backticks: each one makes Flexmark search the rest of the paragraph again
    renderer.render("`a".repeat(300_000), Language.EN, source, problems);

    assertThat(reported())
        .containsExactly(
            "content/en/beihai.md:1: reading the text of this file took more than 1 seconds of"
                + " computing time, so it was given up (look for a long run of repeated signs such as `, <, [, * or"
                + " www. and simplify it)");
  }

  @Test
  void aFileLargerThan512KibibytesIsAProblemAndNotRead() throws IOException {
    assertThat(read("Beihai is a port city. ".repeat(250_000))).isEmpty();

    assertThat(reported())
        .containsExactly(
            "content/en/beihai.md:1: the file is 5.5 MiB, more than the 512 KiB the site takes"
                + " (split it into several articles that link to each other)");
  }

  @Test
  void aPdfLargerThanTwentyMebibytesIsAProblem() throws IOException {
    Path image = site.resolve("content/en/report.pdf");
    Files.createDirectories(image.getParent());
    try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(image.toFile(), "rw")) {
      file.setLength(21L * 1024 * 1024); // sparse: no disk is written
    }
    Files.write(site.resolve("content/en/small.pdf"), new byte[100]);

    ContentFolder.scan(new ContentReader(site, site.resolve("content")), problems);

    assertThat(reported())
        .containsExactly(
            "content/en/report.pdf:1: the file is 21 MiB, more than the 20 MiB the site takes"
                + " (split the PDF, or save it smaller)");
  }

  @Test
  void whatOverflowsTheStackAnywayIsAProblemOfTheFileAndTheOthersAreStillRead() throws Exception {
    // Nesting within the limits, read on a thread with a tiny stack: the recursion of the
    // renderer overflows it, as some shape no limit foresaw would on an ordinary thread.
    String nested = "> ".repeat(30) + "quote\n";
    AtomicReference<Optional<Article>> deep = new AtomicReference<>();
    Thread small =
        new Thread(
            null,
            () -> {
              try {
                deep.set(read(nested));
              } catch (IOException e) {
                throw new RuntimeException(e);
              }
            },
            "small stack",
            64 * 1024);
    small.start();
    small.join();

    assertThat(deep.get()).isEmpty();
    assertThat(reported())
        .containsExactly(
            "content/en/beihai.md:1: this file could not be read (the Markdown or YAML reader"
                + " failed on it (StackOverflowError); look for a long run of repeated or nested"
                + " signs such as *, [, >, < or -, and simplify it)");
    Problems none = new Problems();
    Path other = site.resolve("content/en/other.md");
    Files.writeString(other, HEADER + nested);
    assertThat(new ContentReader(site, site.resolve("content")).read(other, none)).isPresent();
    assertThat(none.sorted()).isEmpty();
  }
}
