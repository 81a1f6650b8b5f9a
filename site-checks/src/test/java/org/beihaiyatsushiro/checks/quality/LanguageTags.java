package org.beihaiyatsushiro.checks.quality;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.beihaiyatsushiro.checks.BakedSite;
import org.beihaiyatsushiro.checks.site.SourceFiles;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Language tags a browser can use: every lang on a page is a well-formed BCP 47 tag (zh-Hans, not
 * zh_CN), and the pages outside the language folders (the language chooser and the 404 page), which
 * speak all three languages at once, mark each language on its own part, so each is shown in the
 * right glyphs and read in the right voice. (That pages in a language folder carry its tag, that
 * Chinese and Japanese text is marked inside other languages, and that hreflang sets are reciprocal
 * are the foundation's checks: checks.site.LanguagesIT and TranslationLinksIT.)
 */
public final class LanguageTags {
  /**
   * Checks one page.
   *
   * @param root the folder laid out like the site
   * @param page the page, relative to root
   */
  public List<Finding> check(Path root, String page) {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(page, "page");
    Document doc = BakedSite.page(root, page);
    List<Finding> findings = new ArrayList<>();
    Element html = doc.selectFirst("html");
    if (html == null || html.attr("lang").isBlank()) {
      findings.add(new Finding(page, "<html> has no lang"));
    }
    for (Element e : doc.select("[lang]")) {
      String tag = e.attr("lang");
      if (!isWellFormed(tag)) {
        findings.add(
            new Finding(
                page,
                "<" + e.tagName() + " lang=\"" + tag + "\">: not a language tag like zh-Hans"));
      }
    }
    if (!page.contains("/")) {
      checkEachLanguageMarked(doc, page, findings);
    }
    return findings;
  }

  /** A page at the site's root marks each of the site's languages on a part of its main. */
  private static void checkEachLanguageMarked(Document doc, String page, List<Finding> findings) {
    Element main = doc.selectFirst("main");
    if (main == null) {
      findings.add(new Finding(page, "no <main>"));
      return;
    }
    Set<String> marked = new LinkedHashSet<>();
    for (Element e : main.select("[lang]")) {
      marked.add(e.attr("lang"));
    }
    for (String tag : SourceFiles.TAG_OF_FOLDER.values().stream().sorted().toList()) {
      if (!marked.contains(tag)) {
        findings.add(
            new Finding(
                page,
                "a page for readers of every language, but no part of <main> is marked lang=\""
                    + tag
                    + "\""));
      }
    }
  }

  private static boolean isWellFormed(String tag) {
    Locale locale = Locale.forLanguageTag(tag);
    return !tag.isBlank()
        && !locale.getLanguage().isEmpty()
        && locale.toLanguageTag().equalsIgnoreCase(tag);
  }
}
