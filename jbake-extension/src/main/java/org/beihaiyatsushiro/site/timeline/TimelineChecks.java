package org.beihaiyatsushiro.site.timeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.base.Message;
import org.beihaiyatsushiro.site.base.Problems;
import org.beihaiyatsushiro.site.content.Article;

/**
 * The checks the timeline needs across files: every version of an event has the same date and kind
 * (so every language lists the same events in the same order), and each event has an anchor of its
 * own on the page.
 */
public final class TimelineChecks {
  private static final Pattern YEAR_ANCHOR = Pattern.compile("y\\d{4}");

  private TimelineChecks() {}

  /**
   * Checks the published events; each problem names the file and line to correct. An event whose
   * date or kind could not be read (a problem reported already) is compared by what it has.
   */
  public static void check(List<Article> articles, Problems problems) {
    Map<String, Article> anchors = new HashMap<>();
    for (Map<Language, Article> versions : Timeline.byKey(articles).values()) {
      Article original = Article.original(versions);
      for (Article a : versions.values()) {
        if (a == original) {
          continue;
        }
        if (a.date() != null && original.date() != null && !a.date().equals(original.date())) {
          problems.add(
              a.sourcePath(),
              a.lineOf("date"),
              Message.EVENT_DATE_DIFFERS.with(
                  a.date().toString(), original.date().toString(), original.sourcePath()),
              Message.HINT_CORRECT_THE_DATE.with(original.sourcePath()));
        }
        if (a.kind() != null && original.kind() != null && !a.kind().equals(original.kind())) {
          problems.add(
              a.sourcePath(),
              a.lineOf("kind"),
              Message.EVENT_KIND_DIFFERS.with(
                  a.kind().code(), original.kind().code(), original.sourcePath()),
              Message.HINT_CORRECT_THE_KIND.with(original.sourcePath()));
        }
      }
      String anchor = original.anchor();
      Article other = anchors.putIfAbsent(anchor, original);
      if (other != null) {
        problems.add(
            original.sourcePath(),
            1,
            Message.EVENT_ANCHOR_TWICE.with(anchor, other.sourcePath()),
            Message.HINT_RENAME_ONE_OF_THE_TWO.with());
      }
      if (YEAR_ANCHOR.matcher(anchor).matches()) {
        problems.add(
            original.sourcePath(),
            1,
            Message.EVENT_ANCHOR_IS_A_YEAR.with(anchor),
            Message.HINT_START_WITH_THE_YEAR.with());
      }
    }
  }
}
