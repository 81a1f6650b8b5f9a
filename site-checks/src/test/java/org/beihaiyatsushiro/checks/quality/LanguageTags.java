package org.beihaiyatsushiro.checks.quality;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.beihaiyatsushiro.checks.BakedSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Every page tells the browser its language, so a reader gets the right fonts (Chinese and Japanese
 * share characters but not glyph shapes), screen readers the right voice, and search engines the
 * right audience. A page in a language folder carries that folder's tag; the pages at the root (the
 * language chooser and the 404 page) speak all three languages, so each of their parts carries its
 * own lang. A link with hreflang leads to a page in that language.
 */
public final class LanguageTags {
  /** The tag of each language folder's pages. */
  public static final Map<String, String> TAG_OF_FOLDER =
      Map.of("zh", "zh-Hans", "ja", "ja", "en", "en");

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
    String lang = doc.select("html").attr("lang");
    int slash = page.indexOf('/');
    String folder = slash < 0 ? "" : page.substring(0, slash);
    if (lang.isBlank()) {
      findings.add(new Finding(page, "<html> has no lang"));
    } else if (!isWellFormed(lang)) {
      findings.add(new Finding(page, "<html lang=\"" + lang + "\"> is not a language tag"));
    }
    if (TAG_OF_FOLDER.containsKey(folder)) {
      String expected = TAG_OF_FOLDER.get(folder);
      if (!lang.equals(expected)) {
        findings.add(
            new Finding(
                page, "<html lang=\"" + lang + "\"> but pages in " + folder + "/ are " + expected));
      }
    } else if (folder.isEmpty()) {
      checkAllLanguagesMarked(doc, page, findings);
    }
    checkScripts(doc, page, findings);
    for (Element e : doc.select("[lang]")) {
      if (!isWellFormed(e.attr("lang"))) {
        findings.add(
            new Finding(
                page,
                "<" + e.tagName() + " lang=\"" + e.attr("lang") + "\"> is not a language tag"));
      }
    }
    checkHreflang(root, page, doc, findings);
    return findings;
  }

  /**
   * A page at the root speaks every language, so each of the three is marked on a part of its main
   * content.
   */
  private static void checkAllLanguagesMarked(Document doc, String page, List<Finding> findings) {
    Element main = doc.selectFirst("main");
    if (main == null) {
      findings.add(new Finding(page, "no <main>"));
      return;
    }
    Set<String> marked = new LinkedHashSet<>();
    for (Element e : main.select("[lang]")) {
      marked.add(e.attr("lang"));
    }
    for (String tag : TAG_OF_FOLDER.values()) {
      if (!marked.contains(tag)) {
        findings.add(
            new Finding(
                page, "a page in several languages, but no part is marked lang=\"" + tag + "\""));
      }
    }
  }

  /**
   * Text in a script that cannot be in the language it inherits: Chinese characters or kana in
   * English, kana in Chinese. (Chinese written inside Japanese cannot be told apart by script.)
   */
  private static void checkScripts(Document doc, String page, List<Finding> findings) {
    doc.body()
        .traverse(
            (Node node, int depth) -> {
              if (node instanceof TextNode text && !text.isBlank()) {
                Element marked = text.parent().closest("[lang]");
                String lang = marked == null ? "" : marked.attr("lang");
                String primary = Locale.forLanguageTag(lang).getLanguage();
                String t = text.text();
                boolean kana = t.codePoints().anyMatch(LanguageTags::isKana);
                boolean han = t.codePoints().anyMatch(LanguageTags::isHan);
                if (primary.equals("en") && (kana || han) || primary.equals("zh") && kana) {
                  findings.add(
                      new Finding(
                          page,
                          "text in Chinese or Japanese script is marked lang=\""
                              + lang
                              + "\" (wrap it in an element with its own lang): \""
                              + t.strip()
                              + "\""));
                }
              }
            });
  }

  private static boolean isKana(int c) {
    Character.UnicodeScript s = Character.UnicodeScript.of(c);
    return s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA;
  }

  private static boolean isHan(int c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /** A link with hreflang to a page of the site leads to a page whose html lang is that tag. */
  private static void checkHreflang(Path root, String page, Document doc, List<Finding> findings) {
    for (Element a : doc.select("a[hreflang]")) {
      LoadedFile target = new LoadedFile("link", a.attr("href"), page, "<a>");
      var file = target.file(root);
      if (file.isEmpty() || !Files.isRegularFile(file.get())) {
        continue; // external, or broken: the link check reports broken links
      }
      String targetPage = root.normalize().relativize(file.get()).toString().replace('\\', '/');
      String targetLang = BakedSite.page(root, targetPage).select("html").attr("lang");
      if (!targetLang.equals(a.attr("hreflang"))) {
        findings.add(
            new Finding(
                page,
                "link hreflang=\""
                    + a.attr("hreflang")
                    + "\" to "
                    + a.attr("href")
                    + ", a page in lang=\""
                    + targetLang
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
