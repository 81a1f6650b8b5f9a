package org.beihaiyatsushiro.checks.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.beihaiyatsushiro.checks.BakedSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * The line breaks the bake decided (linebreak.LineBreaks), as the baked pages carry them: Chinese
 * and Japanese text breaks only at the {@code <wbr>} put between phrases, English dashes never
 * start a line.
 */
class LineBreaksIT {
  private static final Pattern CLOSING_AFTER_BREAK = Pattern.compile("<wbr>[、。，：；！？）」』”]");
  private static final Pattern SPACE_AFTER_FULL_WIDTH = Pattern.compile("[、。，：；！？）」』][ \\t\\n]");

  private static List<String> pagesOf(String lang) {
    return BakedSite.pages().stream().filter(p -> p.startsWith(lang + "/")).toList();
  }

  @Test
  void chineseAndJapaneseHeadingsAndShortTextsBreakOnlyBetweenPhrases() {
    for (String lang : List.of("zh", "ja")) {
      for (String sitePath : pagesOf(lang)) {
        Document page = BakedSite.page(sitePath);
        for (Element block :
            page.select(
                "main h1, main h2, main h3, main h4, .site-nav a, .event-title, .event-text p,"
                    + " .key-date-title, .article-list a, .prose p")) {
          if (block.closest("[lang]").attr("lang").startsWith("en")
              || block.text().codePoints().noneMatch(Character::isIdeographic)) {
            continue;
          }
          if (block.closest(".phrased") == null) {
            // Running text: breaks as usual, its last phrase kept whole.
            assertThat(block.is("p")).as(sitePath + ": " + block.text() + " is phrased").isTrue();
            Element last = block.select("span.nowrap").last();
            assertThat(last).as(sitePath + ": the end of “" + block.text() + "”").isNotNull();
            String after = block.text().substring(block.text().lastIndexOf(last.text()));
            assertThat(after.substring(last.text().length()))
                .as(sitePath + ": only closing punctuation may follow the kept end")
                .matches("[」』）)。、，！？”]*");
            assertThat(last.text().codePoints().filter(Character::isLetterOrDigit).count())
                .isGreaterThanOrEqualTo(3);
            continue;
          }
          String html = block.html();
          assertThat(html).as(sitePath).doesNotContain("八<wbr>代").doesNotContain("代<wbr>市");
          assertThat(html)
              .as(sitePath)
              .doesNotContainPattern("中<wbr>?日<wbr>邦|邦<wbr>交|交<wbr>正|正<wbr>常|常<wbr>化");
          assertThat(CLOSING_AFTER_BREAK.matcher(html).find())
              .as(sitePath + ": a line may start with closing punctuation in " + html)
              .isFalse();
          String[] phrases = block.html().replaceAll("<(?!wbr)[^>]+>", "").split("<wbr>");
          String last = phrases[phrases.length - 1];
          if (phrases.length > 1) {
            assertThat(last.codePoints().filter(Character::isLetterOrDigit).count())
                .as(sitePath + ": the last phrase of “" + block.text() + "” is a lone fragment")
                .isGreaterThanOrEqualTo(3);
          }
        }
      }
    }
  }

  @Test
  void theChineseHomeHeadingKeepsItsWordsWhole() {
    Element h1 = BakedSite.page("zh/index.html").selectFirst("main h1");
    List<String> phrases = List.of(h1.html().replaceAll("<(?!wbr)[^>]+>", "").split("<wbr>"));
    assertThat(phrases).anyMatch(p -> p.contains("中日邦交正常化"));
    assertThat(h1.text()).contains("中日邦交正常化");
  }

  @Test
  void noSpaceFollowsFullWidthPunctuation() {
    for (String lang : List.of("zh", "ja")) {
      for (String sitePath : pagesOf(lang)) {
        // Every text of the page (pre and code keep what was written), the no-JS search text too.
        for (Element e : BakedSite.page(sitePath).body().select("*:not(pre, pre *, code)")) {
          for (TextNode text : e.textNodes()) {
            assertThat(SPACE_AFTER_FULL_WIDTH.matcher(text.getWholeText()).find())
                .as(sitePath + ": “" + text.getWholeText() + "”")
                .isFalse();
          }
        }
      }
    }
  }

  @Test
  void anEnglishDashNeverStartsALineAndDashJoinedWordsStayTogether() {
    for (String sitePath : pagesOf("en")) {
      Document page = BakedSite.page(sitePath);
      for (Element e : page.body().select("*")) {
        for (TextNode t : e.textNodes()) {
          assertThat(t.getWholeText())
              .as(sitePath + ": a line may start with a dash")
              .doesNotContainPattern("\\S [–—] ");
        }
      }
      for (Element e : page.body().getElementsMatchingOwnText("[A-Za-z0-9][–—][A-Za-z0-9]")) {
        assertThat(e.hasClass("nowrap")).as(sitePath + ": “" + e.text() + "”").isTrue();
      }
    }
    assertThat(BakedSite.page("en/timeline.html").select("span.nowrap").eachText())
        .contains("China–Japan");
  }
}
