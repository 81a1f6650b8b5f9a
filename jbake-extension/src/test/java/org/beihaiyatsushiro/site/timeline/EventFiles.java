package org.beihaiyatsushiro.site.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.beihaiyatsushiro.site.base.Problems;
import org.beihaiyatsushiro.site.content.Article;
import org.beihaiyatsushiro.site.content.ContentReader;

/**
 * Small event files written to a temporary content folder and read by the real {@link
 * ContentReader}, so the tests see events exactly as a bake does.
 */
final class EventFiles {
  private final Path root;
  private final List<Article> read = new ArrayList<>();

  EventFiles(Path root) {
    this.root = root;
  }

  /** Writes content/{lang}/events/{slug}.md with the given front matter lines and reads it. */
  EventFiles event(String lang, String slug, String date, String kind, String... more) {
    StringBuilder text = new StringBuilder("---\n");
    text.append("title: ").append(slug).append(" (").append(lang).append(")\n");
    text.append("date: ").append(date).append('\n');
    text.append("type: event\nstatus: published\n");
    text.append("kind: ").append(kind).append('\n');
    for (String line : more) {
      text.append(line).append('\n');
    }
    text.append("---\n\nThe text of ").append(slug).append(".\n");
    return file(lang + "/events/" + slug + ".md", text.toString());
  }

  /** Writes any file under content/ and reads it. */
  EventFiles file(String contentPath, String text) {
    Path file = root.resolve("content").resolve(contentPath);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Problems problems = new Problems();
    new ContentReader(root, root.resolve("content")).read(file, problems).ifPresent(read::add);
    assertThat(problems.sorted()).as("problems reading " + contentPath).isEmpty();
    return this;
  }

  List<Article> articles() {
    return List.copyOf(read);
  }
}
