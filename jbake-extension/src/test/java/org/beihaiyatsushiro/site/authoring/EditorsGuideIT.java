package org.beihaiyatsushiro.site.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.beihaiyatsushiro.site.content.ContentSchema;
import org.beihaiyatsushiro.site.testing.FixtureSite;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The editors' guides in docs/ tell the truth: their example files bake into the pages they
 * promise, their broken examples give exactly the messages they show, and they name every field of
 * the schema and every command an editor uses.
 */
class EditorsGuideIT {
  @TempDir Path dir;

  private static GuideExamples guide(String lang) {
    return GuideExamples.read(FixtureSite.PROJECT.resolve("docs/editors-guide." + lang + ".md"));
  }

  private FixtureSite siteOf(GuideExamples guide) {
    FixtureSite site = FixtureSite.withRealTheme(dir);
    guide.examples().forEach(b -> site.write(b.path(), b.text()));
    return site;
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "zh", "ja"})
  void theExamplesBakeIntoThePagesTheGuideDescribes(String lang) throws IOException {
    GuideExamples guide = guide(lang);
    assertThat(guide.examples()).as("examples in " + guide.guide()).hasSizeGreaterThan(3);

    FixtureSite.Result result = siteOf(guide).bake();

    assertThat(result.problemLines()).isEmpty();
    assertThat(result.errors()).isEmpty();
    for (GuideExamples.Block example : guide.examples()) {
      String path = example.path();
      if (path.startsWith("assets/")) {
        assertThat(result.files()).contains(path.substring("assets/".length()));
      } else if (path.startsWith("images/") && path.endsWith(".yml")) {
        assertThat(result.files()).noneMatch(f -> f.endsWith(".yml"));
      } else if (path.startsWith("images/")) {
        // Published under a name with its content hash: images/seahorse-pair.3f…9c.svg.
        String stem = path.substring(0, path.lastIndexOf('.'));
        assertThat(result.files()).anyMatch(f -> f.startsWith(stem + "."));
        assertThat(result.files()).doesNotContain(path);
      } else if (example.text().contains("\ntype: event\n")) {
        String timeline = path.substring("content/".length(), path.indexOf("/events/"));
        String anchor = path.substring(path.lastIndexOf('/') + 1, path.length() - ".md".length());
        assertThat(result.read(timeline + "/timeline.html")).contains("id=\"" + anchor + "\"");
      } else {
        assertThat(example.text()).contains("\nstatus: published\n");
        String page = path.substring("content/".length(), path.length() - ".md".length());
        assertThat(result.files()).contains(page + ".html");
      }
    }
    String report = Files.readString(dir.resolve("reports/translations.md"));
    assertThat(guide.linesOf("translation-report")).isNotEmpty();
    for (String line : guide.linesOf("translation-report")) {
      assertThat(report).contains(line);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "zh", "ja"})
  void theBrokenExamplesGiveExactlyTheMessagesTheGuideShows(String lang) {
    GuideExamples guide = guide(lang);
    assertThat(guide.errorExamples()).hasSizeGreaterThanOrEqualTo(3);
    FixtureSite site = siteOf(guide);
    guide.errorExamples().forEach(b -> site.write(b.path(), b.text()));

    FixtureSite.Result result = site.bake();

    assertThat(result.failed()).isTrue();
    assertThat(result.problemLines())
        .containsExactlyInAnyOrderElementsOf(guide.linesOf("problems"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "zh", "ja"})
  void theGuideNamesEveryFieldAndEveryCommand(String lang) {
    String text = guide(lang).text();

    for (String field : ContentSchema.FIELDS.keySet()) {
      assertThat(text).as("the field " + field).contains("`" + field + "`");
    }
    assertThat(text)
        .contains("./preview", "http://127.0.0.1:8820/", "./new-article", "--translations")
        .contains("./translation-status", "target/reports/translations.md")
        .as("the commands' names on Windows")
        .contains("new-article.cmd", "preview.cmd", "translation-status.cmd")
        .contains("site.translations.strict=true");
  }
}
