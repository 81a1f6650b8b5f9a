package org.beihaiyatsushiro.site.preview;

import java.util.Objects;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.base.Message;
import org.beihaiyatsushiro.site.base.Problem;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page the preview shows instead of the site while the last bake failed: every problem as
 * {@code path:line: message (hint)}, the form the console prints too, so an editor finds the place
 * whichever they look at.
 *
 * <p>It is built with jsoup, which escapes whatever a message quotes from the content. It carries
 * the reload script, so it turns back into the page as soon as the file is fixed.
 */
public final class ErrorPage {
  private static final String STYLE =
      "body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem}"
          + "h1{font-size:1.4rem;color:#9b1c1c}"
          + "li{margin:.5rem 0}code{font:15px/1.4 ui-monospace,monospace;white-space:pre-wrap}"
          + "p.note{color:#555}";

  private ErrorPage() {}

  /**
   * The HTML of the page.
   *
   * @param reloadScript the path of the reload script, as served by the preview
   */
  public static String html(PreviewBake bake, String reloadScript) {
    Objects.requireNonNull(bake, "bake");
    Document doc = Document.createShell("");
    doc.outputSettings().prettyPrint(false);
    Element html = doc.selectFirst("html");
    html.attr("lang", "en");
    Element head = doc.head();
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta")
        .attr("name", "viewport")
        .attr("content", "width=device-width, initial-scale=1");
    doc.title("Preview: the site could not be baked");
    head.appendElement("style").appendChild(new DataNode(STYLE));
    head.appendElement("script")
        .attr("src", reloadScript)
        .attr("data-generation", String.valueOf(bake.generation()))
        .attr("defer", true);
    Element body = doc.body();
    Element heading = body.appendElement("h1");
    heading.appendText("The site could not be baked");
    heading.appendElement("br");
    heading.appendElement("span").attr("lang", "zh-Hans").text("网站无法生成");
    heading.appendText(" · ");
    heading.appendElement("span").attr("lang", "ja").text("サイトを生成できませんでした");
    if (!bake.problems().isEmpty()) {
      int count = bake.problems().size();
      Language summary = bake.text().summaryLanguage(bake.problems());
      body.appendElement("p")
          .attr("lang", summary.tag())
          .text(
              bake.text()
                  .text(
                      Message.PREVIEW_PROBLEMS_LISTED.with(
                          count == 1
                              ? Message.PROBLEMS_ONE.with(count)
                              : Message.PROBLEMS_MANY.with(count)),
                      summary));
      Element list = body.appendElement("ol").addClass("problems");
      for (Problem p : bake.problems()) {
        list.appendElement("li")
            .attr("lang", bake.text().languageOf(p).tag())
            .appendElement("code")
            .text(bake.text().line(p));
      }
    }
    if (!bake.failures().isEmpty()) {
      body.appendElement("p").text("The bake failed:");
      Element list = body.appendElement("ol").addClass("failures");
      for (String failure : bake.failures()) {
        list.appendElement("li").appendElement("code").text(failure);
      }
    }
    body.appendElement("p")
        .addClass("note")
        .text(
            "Save the corrected file: this page reloads by itself. "
                + "The editors' guide (docs/editors-guide.*.md) explains each message. "
                + "Only the preview shows this page; a build with problems publishes nothing.");
    return doc.outerHtml();
  }
}
