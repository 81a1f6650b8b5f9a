package org.beihaiyatsushiro.site.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.beihaiyatsushiro.site.base.Message;
import org.beihaiyatsushiro.site.base.Phrase;
import org.beihaiyatsushiro.site.base.Problem;
import org.beihaiyatsushiro.site.base.Problems;
import org.beihaiyatsushiro.site.base.SiteConfig;

/**
 * The dates of the site's files against each other and against the build's day: an article dated
 * after that day is held back until then (as Hugo does by default), and dates in an impossible
 * order are problems.
 *
 * <p>Only an article waits for its date. An event's date is when it happened, and the timeline
 * shows what has happened, so an event dated after today is a mistake; a home or timeline page
 * cannot wait, or its language would have none. Both are problems. A page published today that says
 * it was {@code updated} on a day still to come is one too.
 */
public final class PublicationDates {
  /** The setting that publishes articles dated after the build's day at once. */
  public static final String PUBLISH_FUTURE_SETTING = SiteConfig.PUBLISH_FUTURE;

  private PublicationDates() {}

  /**
   * An article dated after the build's day, left out of this build.
   *
   * @param article the article
   * @param today the build's day, and where it comes from: "2026-12-02, the day of the last commit"
   */
  public record HeldBack(Article article, Phrase today) {
    /**
     * What the build prints for it, in the form of a problem: a notice, not a problem, so the build
     * goes on.
     */
    public Problem notice() {
      return new Problem(
          article.sourcePath(),
          article.lineOf("date"),
          Message.HELD_BACK.with(article.date().iso(), today),
          Message.HINT_PUBLISH_NOW.with(PUBLISH_FUTURE_SETTING));
    }
  }

  /**
   * Checks the dates of every file and finds the articles to hold back.
   *
   * @param articles every file that could be read, also those with problems of their own (a date
   *     that could not be read is null and not judged here)
   * @param today the build's day
   * @param whyToday where the day comes from, for the notices: "the day of the last commit"
   * @param publishFuture whether articles dated after today are published now
   * @return the published articles dated after today, in the order of {@code articles}; empty when
   *     {@code publishFuture}
   */
  public static List<HeldBack> check(
      List<Article> articles,
      LocalDate today,
      Phrase whyToday,
      boolean publishFuture,
      Problems problems) {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(problems, "problems");
    List<HeldBack> heldBack = new ArrayList<>();
    for (Article a : articles) {
      checkOrder(a, problems);
      if (!a.isPublished() || a.date() == null || !a.date().start().isAfter(today)) {
        checkUpdatedHasCome(a, today, publishFuture, problems);
        continue;
      }
      if (a.type() == PageType.ARTICLE) {
        if (!publishFuture) {
          heldBack.add(new HeldBack(a, Message.TODAY_IS.with(today.toString(), whyToday)));
        }
      } else if (a.type() == PageType.EVENT) {
        if (!publishFuture) {
          problems.add(
              a.sourcePath(),
              a.lineOf("date"),
              Message.EVENT_IN_THE_FUTURE.with(a.date().iso()),
              Message.HINT_EVENT_IN_THE_FUTURE.with());
        }
      } else if (a.type() != null) {
        problems.add(
            a.sourcePath(),
            a.lineOf("date"),
            Message.PAGE_IN_THE_FUTURE.with(a.type().code(), a.date().iso()),
            Message.HINT_PAGE_IN_THE_FUTURE.with());
      }
    }
    checkSourceUpdated(articles, problems);
    checkLinksToHeldBack(articles, heldBack, problems);
    return List.copyOf(heldBack);
  }

  /** {@code updated} is a change to a text that exists: not before its date. */
  private static void checkOrder(Article a, Problems problems) {
    if (a.date() == null || a.updated() == null || !a.fieldLines().containsKey("updated")) {
      return;
    }
    if (a.updated().end().isBefore(a.date().start())) {
      problems.add(
          a.sourcePath(),
          a.lineOf("updated"),
          Message.UPDATED_BEFORE_DATE.with(a.updated().iso(), a.date().iso()),
          Message.HINT_UPDATED_ON_OR_AFTER.with(a.date().iso()));
    }
  }

  /** A page published now cannot have been changed on a day still to come. */
  private static void checkUpdatedHasCome(
      Article a, LocalDate today, boolean publishFuture, Problems problems) {
    if (publishFuture
        || !a.isPublished()
        || a.updated() == null
        || !a.fieldLines().containsKey("updated")
        || !a.updated().start().isAfter(today)) {
      return;
    }
    problems.add(
        a.sourcePath(),
        a.lineOf("updated"),
        Message.UPDATED_IN_THE_FUTURE.with(a.updated().iso()),
        Message.HINT_DAY_OF_LAST_CHANGE.with());
  }

  /**
   * A translation's {@code source_updated} names a version of its source that exists: not after the
   * source's own {@code updated} (or date).
   */
  private static void checkSourceUpdated(List<Article> articles, Problems problems) {
    Map<String, Article> byLangAndKey = new HashMap<>();
    for (Article a : articles) {
      byLangAndKey.putIfAbsent(a.lang().code() + "/" + a.key(), a);
    }
    for (Article a : articles) {
      if (a.translatedFrom() == null || a.sourceUpdated() == null) {
        continue;
      }
      Article source = byLangAndKey.get(a.translatedFrom().code() + "/" + a.key());
      if (source == null || source.updated() == null) {
        continue; // the translation status names a missing source
      }
      if (a.sourceUpdated().start().isAfter(source.updated().end())) {
        problems.add(
            a.sourcePath(),
            a.lineOf("source_updated"),
            Message.SOURCE_UPDATED_TOO_LATE.with(
                a.sourceUpdated().iso(), source.sourcePath(), source.updated().iso()),
            Message.HINT_SOURCE_UPDATED.with(source.sourcePath(), source.updated().iso()));
      }
    }
  }

  /**
   * A page published now may not link to an article held back: the link would lead nowhere until
   * the article's day.
   */
  private static void checkLinksToHeldBack(
      List<Article> articles, List<HeldBack> heldBack, Problems problems) {
    Map<String, HeldBack> byContentPath = new HashMap<>();
    for (HeldBack h : heldBack) {
      byContentPath.put(h.article().contentPath(), h);
    }
    if (byContentPath.isEmpty()) {
      return;
    }
    for (Article from : articles) {
      if (!from.isPublished() || byContentPath.containsKey(from.contentPath())) {
        continue;
      }
      for (LinkRef link : from.links()) {
        HeldBack target = byContentPath.get(link.target());
        if (target != null) {
          problems.add(
              from.sourcePath(),
              link.line(),
              Message.LINK_TO_HELD_BACK.with(
                  link.written(), target.article().sourcePath(), target.article().date().iso()),
              Message.HINT_LINK_ON_THAT_DAY.with(PUBLISH_FUTURE_SETTING));
        }
      }
    }
  }
}
