package org.beihaiyatsushiro.site.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.beihaiyatsushiro.site.base.Problems;
import org.beihaiyatsushiro.site.base.SiteConfig;
import org.beihaiyatsushiro.site.testing.FixtureSite;
import org.beihaiyatsushiro.site.testing.Printed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of malformed inputs: each folder under {@code malformed/} beside this test is a small
 * site (its content/ folder) with the exact problems an editor must see in {@code expected.txt},
 * one {@code path:line: message (hint)} a line.
 */
class MalformedContentTest {
  private static final Path CORPUS =
      Path.of("src/test/resources/org/beihaiyatsushiro/site/check/malformed");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> list = Files.list(CORPUS)) {
      return list
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachMalformedInputIsReportedWithItsFileLineAndMessage(String name) throws IOException {
    Path site = CORPUS.resolve(name);
    List<String> expected =
        Files.readAllLines(site.resolve("expected.txt"), StandardCharsets.UTF_8).stream()
            .filter(line -> !line.isBlank())
            .toList();

    Problems problems = new Problems();
    new ContentCheck(
            SiteConfig.read(
                key -> null,
                site,
                site.resolve("content"),
                FixtureSite.PROJECT.resolve("templates"),
                FixtureSite.PROJECT.resolve("assets"),
                FixtureSite.PROJECT.resolve("data"),
                site.resolve("output")))
        .run(problems);

    assertThat(problems.sorted()).extracting(Printed::line).containsExactlyElementsOf(expected);
  }

  @Test
  void theCorpusCoversAtLeast25MalformedInputs() throws IOException {
    assertThat(cases()).hasSizeGreaterThanOrEqualTo(25);
  }
}
