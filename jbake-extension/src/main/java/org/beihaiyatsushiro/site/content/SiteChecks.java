package org.beihaiyatsushiro.site.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The checks that need every file at once: links between articles, images and headings, and
 * translation keys that two files of one language claim.
 */
public final class SiteChecks {
  private SiteChecks() {}

  /**
   * Checks the articles against each other.
   *
   * @param fileExists whether a non-Markdown file exists at a site path (an image in content/, or
   *     in assets/, whose files JBake copies to the site's root)
   */
  public static void check(
      List<Article> articles, Predicate<String> fileExists, Problems problems) {
    Map<String, Article> byContentPath = new HashMap<>();
    Map<String, Article> byLangAndKey = new HashMap<>();
    for (Article a : articles) {
      byContentPath.put(a.contentPath(), a);
      Article other = byLangAndKey.putIfAbsent(a.lang().code() + "/" + a.key(), a);
      if (other != null) {
        problems.add(
            a.sourcePath(),
            a.lineOf("translation_key"),
            "the translation key '" + a.key() + "' is already used by " + other.sourcePath(),
            "each article of a language needs its own key; change translation_key");
      }
    }
    for (Article a : articles) {
      for (LinkRef link : a.links()) {
        checkLink(a, link, byContentPath, fileExists, problems);
      }
    }
  }

  private static void checkLink(
      Article from,
      LinkRef link,
      Map<String, Article> byContentPath,
      Predicate<String> fileExists,
      Problems problems) {
    if (link.target().isEmpty()) {
      if (!link.fragment().isEmpty() && !from.headingIds().contains(link.fragment())) {
        problems.add(
            from.sourcePath(),
            link.line(),
            "the link '" + link.written() + "' points to a heading this page does not have",
            headingsHint(from));
      }
      return;
    }
    if (link.target().startsWith("..")) {
      problems.add(
          from.sourcePath(),
          link.line(),
          "the link '" + link.written() + "' leads outside the site",
          "link to a file inside content/ or assets/");
      return;
    }
    if (!link.target().endsWith(".md")) {
      if (!fileExists.test(link.target())) {
        problems.add(
            from.sourcePath(),
            link.line(),
            (link.image() ? "the image '" : "the file '") + link.written() + "' does not exist",
            "check the spelling and the folder; paths are relative to this file");
      }
      return;
    }
    Article target = byContentPath.get(link.target());
    if (target == null) {
      problems.add(
          from.sourcePath(),
          link.line(),
          "the link '"
              + link.written()
              + "' points to an article that does not exist (content/"
              + link.target()
              + ")",
          "check the file name; links are relative to this file");
      return;
    }
    if (!target.hasPage()) {
      problems.add(
          from.sourcePath(),
          link.line(),
          "the link '"
              + link.written()
              + "' points to a timeline event, which has no page of its own",
          "link to the timeline instead, for example timeline.md#" + target.slug());
      return;
    }
    if (from.isPublished() && !target.isPublished()) {
      problems.add(
          from.sourcePath(),
          link.line(),
          "the link '" + link.written() + "' points to a draft, which readers cannot see",
          "publish " + target.sourcePath() + " first, or remove the link");
      return;
    }
    if (!link.fragment().isEmpty() && !target.headingIds().contains(link.fragment())) {
      if (!(ContentSchema.TIMELINE.equals(target.type())
          && isEventOf(target, link.fragment(), byContentPath))) {
        problems.add(
            from.sourcePath(),
            link.line(),
            "the link '"
                + link.written()
                + "' points to a heading that "
                + target.sourcePath()
                + " does not have",
            headingsHint(target));
      }
    }
  }

  private static boolean isEventOf(
      Article timeline, String anchor, Map<String, Article> byContentPath) {
    return byContentPath.values().stream()
        .anyMatch(
            a ->
                ContentSchema.EVENT.equals(a.type())
                    && a.lang() == timeline.lang()
                    && a.slug().equals(anchor));
  }

  private static String headingsHint(Article a) {
    return a.headingIds().isEmpty()
        ? a.sourcePath() + " has no headings"
        : "its headings are: " + String.join(", ", a.headingIds());
  }
}
