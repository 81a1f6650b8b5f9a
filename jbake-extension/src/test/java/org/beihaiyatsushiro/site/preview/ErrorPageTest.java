package org.beihaiyatsushiro.site.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.beihaiyatsushiro.site.base.Message;
import org.beihaiyatsushiro.site.base.Problem;
import org.beihaiyatsushiro.site.testing.Printed;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ErrorPageTest {
  @Test
  void listsEachProblemAsTheConsoleDoesAndEscapesWhatItQuotes() {
    Problem tag =
        new Problem(
            "content/en/beihai.md",
            9,
            Message.HTML_TAG_NOT_ALLOWED.with("script"),
            Message.HINT_ALLOWED_TAGS.with());
    PreviewBake bake =
        new PreviewBake(
            7,
            List.of(tag),
            Printed.TEXT,
            List.of("template article.ftlh failed at line 3"),
            Duration.ZERO);

    Document page = Jsoup.parse(ErrorPage.html(bake, PreviewServer.RELOAD_SCRIPT));

    assertThat(page.select("ol.problems li").eachText())
        .containsExactly(
            "content/en/beihai.md:9: the HTML tag <script> is not allowed in an article (write"
                + " Markdown instead; allowed tags: ruby, rt, rp, abbr, sup, sub, span lang, br)");
    assertThat(page.select("ol.problems li").eachAttr("lang")).containsExactly("en");
    assertThat(page.select("ol.problems").prev().text())
        .isEqualTo("1 problem in the content. Each line names the file and line to fix:");
    assertThat(page.select("ol.failures li").eachText())
        .containsExactly("template article.ftlh failed at line 3");
    assertThat(page.select("script")).hasSize(1);
    assertThat(page.selectFirst("script").attr("src")).isEqualTo("/__preview/reload.js");
    assertThat(page.selectFirst("script").attr("data-generation")).isEqualTo("7");
  }

  @Test
  void aProblemOfAChineseFileIsShownInChineseAndMarkedAsSuch() {
    Problem tag =
        new Problem(
            "content/zh/beihai.md",
            9,
            Message.HTML_TAG_NOT_ALLOWED.with("script"),
            Message.HINT_ALLOWED_TAGS.with());
    PreviewBake bake = new PreviewBake(2, List.of(tag), Printed.TEXT, List.of(), Duration.ZERO);

    Document page = Jsoup.parse(ErrorPage.html(bake, PreviewServer.RELOAD_SCRIPT));

    assertThat(page.select("ol.problems li").eachText())
        .containsExactly(
            "content/zh/beihai.md:9: 文章中不允许使用 HTML 标签 <script>"
                + "（请改用 Markdown；允许的标签有：ruby、rt、rp、abbr、sup、sub、span lang、br）");
    assertThat(page.select("ol.problems li").eachAttr("lang")).containsExactly("zh-Hans");
    assertThat(page.select("ol.problems").prev().text()).isEqualTo("内容中有 1 个问题，每一行都写明了要改的文件和行号：");
    assertThat(page.select("ol.problems").prev().attr("lang")).isEqualTo("zh-Hans");
  }

  @Test
  void theReloadScriptGoesIntoTheHeadOfAPage() {
    String page = "<!DOCTYPE html><html><HEAD><title>x</title></HEAD><body>x</body></html>";

    String served = PreviewServer.withReloadScript(page, 3);

    Document doc = Jsoup.parse(served);
    assertThat(doc.head().select("script[src=/__preview/reload.js]").attr("data-generation"))
        .isEqualTo("3");
    assertThat(PreviewServer.withReloadScript("<p>no head</p>", 1))
        .startsWith("<p>no head</p><script src=\"/__preview/reload.js\"");
  }
}
