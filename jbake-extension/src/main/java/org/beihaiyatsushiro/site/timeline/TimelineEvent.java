package org.beihaiyatsushiro.site.timeline;

import java.util.Comparator;
import java.util.Objects;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.base.PartialDate;
import org.beihaiyatsushiro.site.content.Article;
import org.beihaiyatsushiro.site.content.EventKind;

/**
 * One event as one language's timeline shows it: the version shown (perhaps in another language,
 * see {@link TranslationFallback}) and the anchor it has on every timeline.
 *
 * @param anchor the event's id on the page, the same in every language: {@link Article#anchor}
 * @param shown the version the page shows
 * @param pageLang the language of the page
 */
public record TimelineEvent(String anchor, Article shown, Language pageLang) {
  /**
   * Date order: earlier periods first, a year-only date before the months and days of that year and
   * a month-only date before the days of that month ({@link PartialDate#compareTo}); events of
   * equal date by anchor, so that every language lists them in the same order.
   */
  public static final Comparator<TimelineEvent> ORDER =
      Comparator.comparing(TimelineEvent::date).thenComparing(TimelineEvent::anchor);

  public TimelineEvent {
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(shown, "shown");
    Objects.requireNonNull(pageLang, "pageLang");
  }

  public PartialDate date() {
    return shown.date();
  }

  public EventKind kind() {
    return shown.kind();
  }

  /** Whether the page shows the event in its own language. */
  public boolean translated() {
    return shown.lang() == pageLang;
  }
}
