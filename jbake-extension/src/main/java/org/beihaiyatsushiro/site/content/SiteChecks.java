package org.beihaiyatsushiro.site.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.base.Message;
import org.beihaiyatsushiro.site.base.Phrase;
import org.beihaiyatsushiro.site.base.Problems;

/**
 * The checks that need every file at once: links between articles, images and headings, translation
 * keys that two files of one language claim, and the pages every language needs in their places
 * (its home at index.md, its timeline at timeline.md, which shows its events).
 */
public final class SiteChecks {
  private static final String HOME_FILE = "index.md";
  private static final String TIMELINE_FILE = "timeline.md";

  /** The folder of the site's pictures, as a path from content/: images/ beside it. */
  private static final String PICTURES = "../images/";

  private SiteChecks() {}

  /** The anchors a page shows besides the ids of its own text. */
  @FunctionalInterface
  public interface PageAnchors {
    /** No page shows more than its text. */
    PageAnchors NONE = (page, includingDrafts) -> Set.of();

    /**
     * @param includingDrafts whether to count what only drafts would add (for links from a draft)
     */
    Set<String> of(Article page, boolean includingDrafts);
  }

  /**
   * Checks the articles against each other.
   *
   * @param articles every file that could be read, also those with problems of their own (a value
   *     of their front matter that is wrong is null, and is not judged again here)
   * @param fileExists whether a file exists at a path relative to content/: a Markdown file that
   *     could not be read (its problems are reported already, so links to it are not), or a file a
   *     page shows (a picture of images/, as ../images/name.jpg; a PDF in content/, or a file in
   *     assets/, whose files JBake copies to the site's root)
   * @param anchors the anchors a page shows besides the ids of its own text (the timeline's years
   *     and events)
   */
  public static void check(
      List<Article> articles,
      Predicate<String> fileExists,
      PageAnchors anchors,
      Problems problems) {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(fileExists, "fileExists");
    Objects.requireNonNull(anchors, "anchors");
    Objects.requireNonNull(problems, "problems");
    Map<String, Article> byContentPath = new HashMap<>();
    for (Article a : articles) {
      byContentPath.put(a.contentPath(), a);
    }
    checkTranslationKeys(articles, problems);
    checkReadingOrder(articles, problems);
    checkPlaces(articles, fileExists, problems);
    for (Article a : articles) {
      for (LinkRef link : a.links()) {
        checkLink(a, link, byContentPath, fileExists, anchors, problems);
      }
    }
  }

  /**
   * The reading order ({@code order:}) is one sequence per language and the same in every one: two
   * articles of a language with the same place are each reported, naming the other; a translation
   * whose place differs from its original's is reported, naming the original's.
   */
  private static void checkReadingOrder(List<Article> articles, Problems problems) {
    Map<String, List<Article>> byLangAndOrder = new LinkedHashMap<>();
    Map<String, Map<Language, Article>> byKey = new LinkedHashMap<>();
    for (Article a : articles) {
      if (a.type() == PageType.ARTICLE) {
        byKey.computeIfAbsent(a.key(), k -> new LinkedHashMap<>()).putIfAbsent(a.lang(), a);
      }
      if (a.order() != null) {
        byLangAndOrder
            .computeIfAbsent(a.lang().code() + "/" + a.order(), k -> new ArrayList<>())
            .add(a);
      }
    }
    for (List<Article> same : byLangAndOrder.values()) {
      for (Article a : same) {
        for (Article other : same) {
          if (other != a) {
            problems.add(
                a.sourcePath(),
                a.lineOf("order"),
                Message.ORDER_GIVEN_TWICE.with(a.order(), other.sourcePath()),
                Message.HINT_OWN_PLACE_IN_ORDER.with());
          }
        }
      }
    }
    for (Map<Language, Article> versions : byKey.values()) {
      Article original = Article.original(versions);
      for (Article a : versions.values()) {
        if (a.order() == null && a.fieldLines().containsKey("order")) {
          continue; // its order is wrong, which is reported already
        }
        if (original.order() == null) {
          if (a.order() != null) {
            problems.add(
                a.sourcePath(),
                a.lineOf("order"),
                Message.ORDER_BUT_ORIGINAL_HAS_NONE.with(a.order(), original.sourcePath()),
                Message.HINT_ORDER_TO_THE_ORIGINAL.with());
          }
        } else if (a.order() == null) {
          problems.add(
              a.sourcePath(),
              1,
              Message.NO_ORDER_BUT_ORIGINAL_HAS.with(original.sourcePath(), original.order()),
              Message.HINT_ADD_THE_ORIGINALS_ORDER.with(original.order()));
        } else if (!a.order().equals(original.order())) {
          problems.add(
              a.sourcePath(),
              a.lineOf("order"),
              Message.ORDER_DIFFERS_FROM_ORIGINAL.with(
                  a.order(), original.order(), original.sourcePath()),
              Message.HINT_WRITE_THE_ORIGINALS_ORDER.with(original.order()));
        }
      }
    }
  }

  /** Two files of one language with one key: each is reported, naming the other. */
  private static void checkTranslationKeys(List<Article> articles, Problems problems) {
    Map<String, List<Article>> byLangAndKey = new LinkedHashMap<>();
    for (Article a : articles) {
      byLangAndKey.computeIfAbsent(a.lang().code() + "/" + a.key(), k -> new ArrayList<>()).add(a);
    }
    for (List<Article> same : byLangAndKey.values()) {
      if (same.size() < 2) {
        continue;
      }
      for (Article a : same) {
        List<String> others =
            same.stream().filter(o -> o != a).map(Article::sourcePath).sorted().toList();
        problems.add(
            a.sourcePath(),
            a.lineOf("translation_key"),
            Message.TRANSLATION_KEY_USED_TWICE.with(a.key(), String.join(", ", others)),
            Message.HINT_OWN_KEY.with());
      }
    }
  }

  /**
   * The home of a language is its index.md and its timeline its timeline.md, as the language
   * chooser and the links to the timeline expect; a published event needs a published timeline to
   * be shown on (the timeline of every language shows the events of all languages).
   */
  private static void checkPlaces(
      List<Article> articles, Predicate<String> fileExists, Problems problems) {
    boolean anyTimeline = false;
    boolean timelineHasProblems = false;
    for (Language lang : Language.values()) {
      String timeline = lang.code() + "/" + TIMELINE_FILE;
      timelineHasProblems |=
          fileExists.test(timeline)
              && articles.stream().noneMatch(t -> t.contentPath().equals(timeline));
    }
    for (Article a : articles) {
      if (a.type() == null) {
        continue; // its type is wrong or missing, which is reported already
      }
      String place = a.contentPath().substring(a.lang().code().length() + 1);
      if ((a.type() == PageType.HOME) != place.equals(HOME_FILE)) {
        problems.add(
            a.sourcePath(),
            a.lineOf("type"),
            place.equals(HOME_FILE)
                ? Message.INDEX_MUST_BE_HOME.with()
                : Message.HOME_MUST_BE_INDEX.with(),
            place.equals(HOME_FILE)
                ? Message.HINT_WRITE_TYPE.with("home")
                : Message.HINT_MOVE_THE_TEXT_TO.with("content/" + a.lang().code() + "/index.md"));
      }
      if ((a.type() == PageType.TIMELINE) != place.equals(TIMELINE_FILE)) {
        problems.add(
            a.sourcePath(),
            a.lineOf("type"),
            place.equals(TIMELINE_FILE)
                ? Message.TIMELINE_FILE_MUST_BE_TIMELINE.with()
                : Message.TIMELINE_MUST_BE_TIMELINE_FILE.with(),
            place.equals(TIMELINE_FILE)
                ? Message.HINT_WRITE_TYPE.with("timeline")
                : Message.HINT_MOVE_THE_TEXT_TO.with(
                    "content/" + a.lang().code() + "/timeline.md"));
      }
      anyTimeline |=
          a.type() == PageType.TIMELINE && place.equals(TIMELINE_FILE) && a.isPublished();
    }
    if (anyTimeline || timelineHasProblems) {
      return;
    }
    for (Article a : articles) {
      if (a.type() == PageType.EVENT && a.isPublished()) {
        problems.add(
            a.sourcePath(),
            a.lineOf("status"),
            Message.EVENT_SHOWN_NOWHERE.with(),
            Message.HINT_PUBLISH_THE_TIMELINE.with("content/" + a.lang().code() + "/timeline.md"));
      }
    }
  }

  private static void checkLink(
      Article from,
      LinkRef link,
      Map<String, Article> byContentPath,
      Predicate<String> fileExists,
      PageAnchors anchors,
      Problems problems) {
    Phrase what =
        link.image()
            ? Message.THE_IMAGE.with(link.written())
            : Message.THE_LINK.with(link.written());
    if (link.target().isEmpty()) {
      if (!link.fragment().isEmpty() && !from.headingIds().contains(link.fragment())) {
        problems.add(
            from.sourcePath(),
            link.line(),
            Message.LINK_TO_MISSING_HEADING_HERE.with(what),
            headingsHint(from));
      }
      return;
    }
    if (link.image() && link.target().startsWith("..") && fileExists.test(link.target())) {
      return; // a picture of images/, beside content/
    }
    if (link.image() && link.target().startsWith(PICTURES)) {
      {
        problems.add(
            from.sourcePath(),
            link.line(),
            Message.PICTURE_NOT_IN_IMAGES.with(what),
            Message.HINT_PICTURE_PATH.with());
      }
      return;
    }
    if (link.target().startsWith("..")) {
      problems.add(
          from.sourcePath(),
          link.line(),
          Message.LINK_OUTSIDE_THE_SITE.with(what),
          Message.HINT_LINK_INSIDE.with());
      return;
    }
    if (!link.target().endsWith(".md")) {
      if (!fileExists.test(link.target())) {
        Phrase hint = Message.HINT_CHECK_SPELLING_AND_FOLDER.with();
        if (link.target().endsWith(".html")) {
          String md = link.target().substring(0, link.target().length() - 5) + ".md";
          if (byContentPath.containsKey(md) || fileExists.test(md)) {
            hint = Message.HINT_LINK_TO_MARKDOWN.with();
          }
        }
        problems.add(
            from.sourcePath(),
            link.line(),
            link.image()
                ? Message.IMAGE_DOES_NOT_EXIST.with(what)
                : Message.LINK_TO_MISSING_FILE.with(what),
            hint);
      }
      return;
    }
    Article target = byContentPath.get(link.target());
    if (target == null) {
      if (!fileExists.test(link.target())) {
        problems.add(
            from.sourcePath(),
            link.line(),
            Message.LINK_TO_MISSING_PAGE.with(what, "content/" + link.target()),
            Message.HINT_CHECK_THE_FILE_NAME.with());
      }
      // else: the file exists but has problems of its own, reported where they are
      return;
    }
    if (link.image()) {
      problems.add(
          from.sourcePath(),
          link.line(),
          Message.IMAGE_IS_MARKDOWN.with(what),
          Message.HINT_SHOW_AN_IMAGE_FILE.with());
      return;
    }
    if (!target.hasPage()) {
      problems.add(
          from.sourcePath(),
          link.line(),
          Message.LINK_TO_EVENT.with(what),
          Message.HINT_LINK_TO_THE_TIMELINE.with("timeline.md#" + target.anchor()));
      return;
    }
    if (from.isPublished() && target.status() == PublicationStatus.DRAFT) {
      problems.add(
          from.sourcePath(),
          link.line(),
          Message.LINK_TO_DRAFT.with(what),
          Message.HINT_PUBLISH_FIRST.with(target.sourcePath()));
      return;
    }
    Set<String> shown = anchors.of(target, !from.isPublished());
    if (!link.fragment().isEmpty()
        && !target.headingIds().contains(link.fragment())
        && !shown.contains(link.fragment())) {
      problems.add(
          from.sourcePath(),
          link.line(),
          Message.LINK_TO_MISSING_HEADING.with(what, target.sourcePath()),
          anchorsHint(target, shown));
    }
  }

  private static Phrase headingsHint(Article a) {
    return a.headingIds().isEmpty()
        ? Message.HINT_NO_HEADINGS.with(a.sourcePath())
        : Message.HINT_ITS_HEADINGS.with(String.join(", ", a.headingIds()));
  }

  private static Phrase anchorsHint(Article a, Set<String> anchors) {
    if (anchors.isEmpty()) {
      return headingsHint(a);
    }
    List<String> all = new ArrayList<>(a.headingIds());
    all.addAll(anchors.stream().sorted().toList());
    return Message.HINT_ITS_HEADINGS_AND_ANCHORS.with(String.join(", ", all));
  }
}
