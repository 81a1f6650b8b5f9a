package org.beihaiyatsushiro.site.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
  public record HeldBack(Article article, String today) {
    /** The line the build prints for it: a notice, not a problem, so the build goes on. */
    public String notice() {
      return article.sourcePath()
          + ":"
          + article.lineOf("date")
          + ": dated "
          + article.date().iso()
          + ", after today ("
          + today
          + "): held back until then (set "
          + PUBLISH_FUTURE_SETTING
          + "=true in jbake.properties to publish it now)";
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
      String whyToday,
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
          heldBack.add(new HeldBack(a, today + ", " + whyToday));
        }
      } else if (a.type() == PageType.EVENT) {
        if (!publishFuture) {
          problems.add(
              a.sourcePath(),
              a.lineOf("date"),
              "the event is dated " + a.date().iso() + ", which has not come yet",
              "the timeline shows what has happened: check the year, or keep the event a draft"
                  + " until it has happened");
        }
      } else if (a.type() != null) {
        problems.add(
            a.sourcePath(),
            a.lineOf("date"),
            "the "
                + a.type().code()
                + " page is dated "
                + a.date().iso()
                + ", which has not come yet",
            "its language needs this page now: write the day it was published");
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
          "updated "
              + a.updated().iso()
              + " is earlier than the date "
              + a.date().iso()
              + "; a text cannot change before it is written",
          "write the day of the last change, on or after " + a.date().iso());
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
        "updated " + a.updated().iso() + " is a day that has not come yet",
        "write the day of the last change");
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
            "source_updated "
                + a.sourceUpdated().iso()
                + " is later than the last change of "
                + source.sourcePath()
                + " ("
                + source.updated().iso()
                + "); a translation cannot follow a version that does not exist",
            "write the 'updated' or date of "
                + source.sourcePath()
                + " that was translated, at most "
                + source.updated().iso());
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
              "the link '"
                  + link.written()
                  + "' points to "
                  + target.article().sourcePath()
                  + ", which is dated "
                  + target.article().date().iso()
                  + " and held back until then",
              "add the link on that day, or set "
                  + PUBLISH_FUTURE_SETTING
                  + "=true in jbake.properties to publish it now");
        }
      }
    }
  }
}
