package org.beihaiyatsushiro.site.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.beihaiyatsushiro.site.base.Message;
import org.beihaiyatsushiro.site.base.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which articles wait for their day, and which orders of dates cannot be. */
class PublicationDatesTest {
  @TempDir Path site;

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  private final Problems problems = new Problems();

  private Article read(String contentPath, String type, String status, String dates)
      throws IOException {
    Path file = site.resolve("content").resolve(contentPath);
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        "---\ntitle: T\n"
            + dates
            + "type: "
            + type
            + "\nstatus: "
            + status
            + (type.equals("event") ? "\nkind: cities" : "")
            + "\n---\n\nText.\n");
    return new ContentReader(site, site.resolve("content")).read(file, problems).orElseThrow();
  }

  private List<String> heldBack(List<Article> articles, boolean publishFuture) {
    return PublicationDates.check(
            articles, TODAY, Message.TODAY_FROM_LAST_COMMIT.with(), publishFuture, problems)
        .stream()
        .map(h -> h.article().contentPath())
        .toList();
  }

  @Test
  void aDateCountsAsComeOnItsFirstDay() throws IOException {
    List<Article> articles =
        List.of(
            read("en/this-year.md", "article", "published", "date: 2026\n"),
            read("en/this-month.md", "article", "published", "date: 2026-12\n"),
            read("en/today.md", "article", "published", "date: 2026-12-02\n"),
            read("en/tomorrow.md", "article", "published", "date: 2026-12-03\n"),
            read("en/next-year.md", "article", "published", "date: 2027\n"));

    assertThat(heldBack(articles, false)).containsExactly("en/tomorrow.md", "en/next-year.md");
    assertThat(problems.sorted()).isEmpty();
  }

  @Test
  void aDraftWaitsForNothingAndPublishFutureHoldsNothingBack() throws IOException {
    List<Article> articles =
        List.of(
            read("en/draft.md", "article", "draft", "date: 2031\n"),
            read("en/later.md", "article", "published", "date: 2031\n"),
            read("en/events/2031-visit.md", "event", "published", "date: 2031\n"));

    assertThat(heldBack(articles, true)).isEmpty();
    assertThat(problems.sorted()).isEmpty();
  }

  @Test
  void anUpdatedAsPreciseAsItIsKnownIsNoImpossibleOrder() throws IOException {
    List<Article> articles =
        List.of(
            read("en/a.md", "article", "published", "date: 2022-09-29\nupdated: 2022\n"),
            read("en/b.md", "article", "published", "date: 2022\nupdated: 2022-01-01\n"));

    assertThat(heldBack(articles, false)).isEmpty();
    assertThat(problems.sorted()).isEmpty();
  }
}
