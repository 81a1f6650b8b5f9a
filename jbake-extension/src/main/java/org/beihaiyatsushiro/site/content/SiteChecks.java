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
                "order: " + a.order() + " is also given to " + other.sourcePath(),
                "give each article of a language its own place in the reading order");
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
                "order: "
                    + a.order()
                    + " is given, but the original "
                    + original.sourcePath()
                    + " has no order",
                "translations keep the reading order of their original: give the original the"
                    + " same order, or remove this line");
          }
        } else if (a.order() == null) {
          problems.add(
              a.sourcePath(),
              1,
              "this article has no order, but its original "
                  + original.sourcePath()
                  + " has"
                  + " order: "
                  + original.order(),
              "translations keep the reading order of their original: add order: "
                  + original.order());
        } else if (!a.order().equals(original.order())) {
          problems.add(
              a.sourcePath(),
              a.lineOf("order"),
              "order: "
                  + a.order()
                  + " differs from order: "
                  + original.order()
                  + " of "
                  + original.sourcePath(),
              "translations keep the reading order of their original: write order: "
                  + original.order());
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
            "the translation key '"
                + a.key()
                + "' is also used by "
                + String.join(", ", others)
                + " in the same language",
            "each article of a language needs its own key; change translation_key in one of them");
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
                ? "the file index.md is the home page of its language, so its type must be home"
                : "a page of type home must be the file index.md of its language folder",
            place.equals(HOME_FILE)
                ? "write type: home"
                : "move the text to content/" + a.lang().code() + "/index.md, or change the type");
      }
      if ((a.type() == PageType.TIMELINE) != place.equals(TIMELINE_FILE)) {
        problems.add(
            a.sourcePath(),
            a.lineOf("type"),
            place.equals(TIMELINE_FILE)
                ? "the file timeline.md is the timeline page of its language, so its type must be"
                    + " timeline"
                : "a page of type timeline must be the file timeline.md of its language folder",
            place.equals(TIMELINE_FILE)
                ? "write type: timeline"
                : "move the text to content/"
                    + a.lang().code()
                    + "/timeline.md, or change the type");
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
            "this event would be shown nowhere: no language has a published timeline page",
            "publish content/" + a.lang().code() + "/timeline.md, or make the event a draft");
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
    String what = (link.image() ? "the image '" : "the link '") + link.written() + "'";
    if (link.target().isEmpty()) {
      if (!link.fragment().isEmpty() && !from.headingIds().contains(link.fragment())) {
        problems.add(
            from.sourcePath(),
            link.line(),
            what + " points to a heading this page does not have",
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
            what + " does not exist in images/",
            "check the file name; a picture in images/ is written ../../images/name.jpg from an"
                + " article in content/zh/, content/ja/ or content/en/");
      }
      return;
    }
    if (link.target().startsWith("..")) {
      problems.add(
          from.sourcePath(),
          link.line(),
          what + " leads outside the site",
          "link to a file inside content/ or assets/; paths are relative to this file");
      return;
    }
    if (!link.target().endsWith(".md")) {
      if (!fileExists.test(link.target())) {
        String hint = "check the spelling and the folder; paths are relative to this file";
        if (link.target().endsWith(".html")) {
          String md = link.target().substring(0, link.target().length() - 5) + ".md";
          if (byContentPath.containsKey(md) || fileExists.test(md)) {
            hint = "link to the Markdown file instead: write .md, not .html";
          }
        }
        problems.add(
            from.sourcePath(),
            link.line(),
            link.image() ? what + " does not exist" : what + " leads to a file that does not exist",
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
            what + " points to content/" + link.target() + ", which does not exist",
            "check the file name; links are relative to this file");
      }
      // else: the file exists but has problems of its own, reported where they are
      return;
    }
    if (link.image()) {
      problems.add(
          from.sourcePath(),
          link.line(),
          what + " is a Markdown file, not an image",
          "show an image file such as .png, .jpg or .svg");
      return;
    }
    if (!target.hasPage()) {
      problems.add(
          from.sourcePath(),
          link.line(),
          what + " points to a timeline event, which has no page of its own",
          "link to the timeline instead, for example timeline.md#" + target.anchor());
      return;
    }
    if (from.isPublished() && target.status() == PublicationStatus.DRAFT) {
      problems.add(
          from.sourcePath(),
          link.line(),
          what + " points to a draft, which readers cannot see",
          "publish " + target.sourcePath() + " first, or remove the link");
      return;
    }
    Set<String> shown = anchors.of(target, !from.isPublished());
    if (!link.fragment().isEmpty()
        && !target.headingIds().contains(link.fragment())
        && !shown.contains(link.fragment())) {
      problems.add(
          from.sourcePath(),
          link.line(),
          what + " points to a heading that " + target.sourcePath() + " does not have",
          anchorsHint(target, shown));
    }
  }

  private static String headingsHint(Article a) {
    return a.headingIds().isEmpty()
        ? a.sourcePath() + " has no headings"
        : "its headings are: " + String.join(", ", a.headingIds());
  }

  private static String anchorsHint(Article a, Set<String> anchors) {
    if (anchors.isEmpty()) {
      return headingsHint(a);
    }
    List<String> all = new ArrayList<>(a.headingIds());
    all.addAll(anchors.stream().sorted().toList());
    return "its headings and anchors are: " + String.join(", ", all);
  }
}
