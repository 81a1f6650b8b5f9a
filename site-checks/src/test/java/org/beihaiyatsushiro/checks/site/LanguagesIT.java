package org.beihaiyatsushiro.checks.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beihaiyatsushiro.checks.BakedSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;

/**
 * Every page says which language it is in, and every fragment in another language says so too, so
 * that screen readers pronounce it and browsers pick the right font (八代 is not 八代 in a Chinese
 * font).
 */
class LanguagesIT {
  /** Chinese characters, hiragana and katakana. */
  private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]+");

  /** Two or more Latin words in a row, as in a name written in Latin letters. */
  private static final Pattern LATIN_NAME =
      Pattern.compile("\\p{IsLatin}{2,}(?:[ \\-]\\p{IsLatin}{2,})+");

  /** Attributes whose text readers hear or see. */
  private static final List<String> TEXT_ATTRIBUTES =
      List.of("alt", "title", "aria-label", "placeholder");

  /** The language of a node: the lang of the nearest element that has one. */
  private static String langOf(Node node) {
    for (Node n = node; n != null; n = n.parent()) {
      if (n instanceof Element e && e.hasAttr("lang")) {
        return e.attr("lang");
      }
    }
    return "";
  }

  private static boolean isCjkTag(String tag) {
    return tag.startsWith("zh") || tag.startsWith("ja");
  }

  @Test
  void everyPageInALanguageFolderHasThatLanguage() {
    List<String> wrong = new ArrayList<>();
    for (String path : BakedSite.pages()) {
      int slash = path.indexOf('/');
      if (slash < 0) {
        continue;
      }
      String expected = SourceFiles.TAG_OF_FOLDER.get(path.substring(0, slash));
      String lang = BakedSite.page(path).selectFirst("html").attr("lang");
      if (expected != null && !expected.equals(lang)) {
        wrong.add(path + ": lang=\"" + lang + "\", expected \"" + expected + "\"");
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyPageHasALanguage() {
    for (String path : BakedSite.pages()) {
      assertThat(BakedSite.page(path).selectFirst("html").attr("lang")).as(path).isNotBlank();
    }
  }

  @Test
  void chineseAndJapaneseTextInEnglishPagesIsMarkedAsSuch() {
    List<String> unmarked = new ArrayList<>();
    for (String path : BakedSite.pages()) {
      Document page = BakedSite.page(path);
      if (!page.selectFirst("html").attr("lang").equals("en")) {
        continue;
      }
      NodeTraversor.traverse(
          (NodeVisitor)
              (node, depth) -> {
                if (node instanceof TextNode text) {
                  check(path, text.text(), text, unmarked);
                } else if (node instanceof Element e) {
                  for (String attr : TEXT_ATTRIBUTES) {
                    if (e.hasAttr(attr)) {
                      check(path, e.attr(attr), e, unmarked);
                    }
                  }
                }
              },
          page);
    }
    assertThat(unmarked).as("CJK text in English pages outside lang=zh-Hans/ja").isEmpty();
  }

  private static void check(String path, String text, Node where, List<String> unmarked) {
    Matcher m = CJK.matcher(text);
    while (m.find()) {
      String lang = langOf(where);
      if (!isCjkTag(lang)) {
        unmarked.add(path + ": \"" + m.group() + "\" is in lang=\"" + lang + "\"");
      }
    }
  }

  @Test
  void latinNamesInChineseAndJapanesePagesAreMarkedAsEnglish() {
    List<String> unmarked = new ArrayList<>();
    int[] found = {0};
    for (String path : BakedSite.pages()) {
      Document page = BakedSite.page(path);
      if (!isCjkTag(page.selectFirst("html").attr("lang"))) {
        continue;
      }
      NodeTraversor.traverse(
          (NodeVisitor)
              (node, depth) -> {
                if (node instanceof TextNode text) {
                  Matcher m = LATIN_NAME.matcher(text.text());
                  while (m.find()) {
                    found[0]++;
                    String lang = langOf(text);
                    if (isCjkTag(lang)) {
                      unmarked.add(path + ": \"" + m.group() + "\" is in lang=\"" + lang + "\"");
                    }
                  }
                }
              },
          page.body());
    }
    assertThat(found[0])
        .as("Latin names in zh/ja pages (such as Shinmachi Cultural Square)")
        .isPositive();
    assertThat(unmarked).as("Latin names in zh/ja pages outside lang=en").isEmpty();
  }

  @Test
  void shinmachiCulturalSquareIsMarkedAsEnglishWhereverItAppears() {
    int found = 0;
    for (String path : BakedSite.pages()) {
      Document page = BakedSite.page(path);
      if (!isCjkTag(page.selectFirst("html").attr("lang"))) {
        continue;
      }
      for (Element e : page.body().getElementsContainingOwnText("Shinmachi Cultural Square")) {
        found++;
        assertThat(langOf(e)).as(path + ": " + e.outerHtml()).isEqualTo("en");
      }
    }
    assertThat(found).as("the square is named in the Chinese and Japanese pages").isPositive();
  }

  /** Every text node of a page's body with the language it is in. */
  private static void eachText(Document page, java.util.function.BiConsumer<String, Node> action) {
    NodeTraversor.traverse(
        (NodeVisitor)
            (node, depth) -> {
              if (node instanceof TextNode text) {
                action.accept(text.text(), text);
              }
            },
        page.body());
  }

  @Test
  void kanaInChinesePagesIsMarkedAsJapanese() {
    Pattern kana = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}]+");
    List<String> found = new ArrayList<>();
    List<String> unmarked = new ArrayList<>();
    for (String path : BakedSite.pages()) {
      Document page = BakedSite.page(path);
      if (!page.selectFirst("html").attr("lang").startsWith("zh")) {
        continue;
      }
      eachText(
          page,
          (text, node) -> {
            Matcher m = kana.matcher(text);
            while (m.find()) {
              found.add(m.group());
              if (!langOf(node).startsWith("ja")) {
                unmarked.add(path + ": \"" + m.group() + "\" is in lang=\"" + langOf(node) + "\"");
              }
            }
          });
    }
    // The Chinese statue page gives the Japanese reading of 並駕斉駆: at least that is checked.
    assertThat(found).as("kana in the Chinese pages").contains("へいがせいく");
    assertThat(unmarked).as("Japanese kana in Chinese pages outside lang=ja").isEmpty();
  }

  @Test
  void chineseNamesInJapanesePagesAreMarkedAsChinese() {
    // Chinese words the Japanese pages really contain: the statues' name in simplified characters
    // that Japanese does not use (the Japanese text writes 並駕斉駆 and 銀灘公園), and the language
    // switcher's name of the Chinese version. Each must be found, so that the check is not blind.
    List<String> names = List.of("并驾齐驱", "中文");
    Map<String, Integer> hits = new TreeMap<>();
    names.forEach(name -> hits.put(name, 0));
    List<String> unmarked = new ArrayList<>();
    for (String path : BakedSite.pages()) {
      Document page = BakedSite.page(path);
      if (!page.selectFirst("html").attr("lang").equals("ja")) {
        continue;
      }
      eachText(
          page,
          (text, node) -> {
            for (String name : names) {
              if (text.contains(name)) {
                hits.merge(name, 1, Integer::sum);
                if (!langOf(node).startsWith("zh")) {
                  unmarked.add(path + ": \"" + name + "\" is in lang=\"" + langOf(node) + "\"");
                }
              }
            }
          });
    }
    assertThat(hits)
        .as("times each name occurs in the Japanese pages")
        .allSatisfy((name, n) -> assertThat(n).as(name).isPositive());
    assertThat(unmarked).as("Chinese names in Japanese pages outside lang=zh-Hans").isEmpty();
  }
}
