package org.beihaiyatsushiro.site.images;

import com.google.gson.Gson;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.content.MarkdownRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Turns each picture of images/ that a body shows into the markup readers get: a {@code <figure>}
 * with a {@code <picture>} (a WebP {@code <source>} with every width, and the JPEG or PNG fallback
 * as {@code <img>} with its own {@code srcset}, {@code sizes}, {@code width} and {@code height}, so
 * the page does not shift while it loads), and a {@code <figcaption>} with the caption, the credit
 * and the licence. The first picture of a page loads at once; the others when the reader comes near
 * them ({@code loading="lazy"}, {@code decoding="async"}).
 *
 * <p>This runs on the body after the sanitizer ({@code content.MarkdownRenderer}) has cleaned it,
 * so the sanitizer's allow-list stays as it was: an editor still cannot write {@code <picture>},
 * {@code srcset} or {@code loading}; only the build writes them.
 */
public final class Figures {

  private static final String IMAGES = PictureFolder.FOLDER + "/";
  private static final Gson GSON = new Gson();

  private final Map<String, PictureVariants.Published> published;

  /**
   * @param published the pictures as published, by file name
   */
  public Figures(Map<String, PictureVariants.Published> published) {
    this.published = Map.copyOf(Objects.requireNonNull(published, "published"));
  }

  /**
   * The body with its pictures as figures.
   *
   * @param html the body as the renderer wrote it: a picture is {@code <img
   *     src="../../images/x.jpg">} as the editor wrote it, relative to the source file
   * @param contentPath the source file relative to content/ (zh/beihai.md)
   * @param lang the language of the page, for the caption and credit
   */
  public String apply(String html, String contentPath, Language lang) {
    if (published.isEmpty() || !html.contains("<img")) {
      return html;
    }
    Document doc = Jsoup.parseBodyFragment(html);
    doc.outputSettings().prettyPrint(false);
    String folder = contentPath.substring(0, contentPath.lastIndexOf('/') + 1);
    // The page sits as deep in the site as its source in content/: zh/x.md becomes zh/x.html.
    String root = "../".repeat((int) folder.chars().filter(c -> c == '/').count());
    boolean first = true;
    boolean changed = false;
    for (Element img : doc.select("img[src]")) {
      String target = MarkdownRenderer.normalize(folder + img.attr("src"));
      if (!target.startsWith("../" + IMAGES)) {
        continue;
      }
      PictureVariants.Published picture = published.get(target.substring(3 + IMAGES.length()));
      if (picture == null) {
        continue; // reported by the checks: no page is written then
      }
      Element figure = figure(picture, img, root, lang, first);
      first = false;
      changed = true;
      place(figure, img);
      figure.after(jsonLd(picture, root, lang));
    }
    return changed ? doc.body().html() : html;
  }

  /**
   * Puts the figure where the picture was: in place of a paragraph that holds only the picture;
   * else after the paragraph (which keeps its text); elsewhere (a list item, a table cell) in its
   * place.
   */
  private static void place(Element figure, Element img) {
    Element parent = img.parent();
    if (parent != null && parent.tagName().equals("p")) {
      img.remove();
      boolean empty =
          parent.childNodes().stream().allMatch(n -> n instanceof TextNode t && t.isBlank());
      if (empty) {
        parent.replaceWith(figure);
      } else {
        parent.after(figure);
      }
    } else {
      img.replaceWith(figure);
    }
  }

  private Element figure(
      PictureVariants.Published p, Element written, String root, Language lang, boolean first) {
    boolean decorative = MarkdownRenderer.DECORATIVE.equals(written.attr("title"));
    String alt = decorative ? "" : written.attr("alt");
    Element figure = new Element("figure").addClass("picture");
    Element img = new Element("img");
    if (p.drawing() != null) {
      img.attr("src", root + p.drawing());
      figure.appendChild(img);
    } else {
      Element picture = figure.appendElement("picture");
      picture
          .appendElement("source")
          .attr("type", "image/webp")
          .attr(
              "srcset",
              p.variants().stream()
                  .map(v -> root + v.webp() + " " + v.width() + "w")
                  .collect(Collectors.joining(", ")))
          .attr("sizes", PictureLimits.SIZES);
      PictureVariants.Variant fallback =
          p.variants().stream()
              .filter(v -> v.width() >= 960)
              .findFirst()
              .orElse(p.variants().get(p.variants().size() - 1));
      img.attr("src", root + fallback.fallback())
          .attr(
              "srcset",
              p.variants().stream()
                  .map(v -> root + v.fallback() + " " + v.width() + "w")
                  .collect(Collectors.joining(", ")))
          .attr("sizes", PictureLimits.SIZES);
      picture.appendChild(img);
    }
    img.attr("width", Integer.toString(p.width()))
        .attr("height", Integer.toString(p.height()))
        .attr("alt", alt);
    if (!first) {
      img.attr("loading", "lazy").attr("decoding", "async");
    }
    Sidecar sidecar = p.picture().sidecar();
    Element caption = figure.appendElement("figcaption");
    appendText(caption, sidecar.caption().get(lang), lang);
    appendText(
        caption.appendElement("span").addClass("credit"),
        // The dash goes to the line of the credit it introduces, never alone at a line's end.
        " —\u00A0" + sidecar.credit().get(lang) + listSeparator(lang) + sidecar.licenceText(lang),
        lang);
    return figure;
  }

  /** What a language writes between the credit and the licence: 、 in Japanese, ， in Chinese. */
  private static String listSeparator(Language lang) {
    return switch (lang) {
      case ZH -> "，";
      case JA -> "、";
      case EN -> ", ";
    };
  }

  /** A run of Latin words (a name such as Natural Earth, a licence such as CC BY 4.0). */
  private static final Pattern LATIN_RUN =
      Pattern.compile(
          "\\p{IsLatin}[\\p{IsLatin}\\d’'.\\-]*(?:[ \\u00a0][\\p{IsLatin}\\d][\\p{IsLatin}\\d’'.\\-]*)*");

  /**
   * Appends a sidecar's plain text. On a Chinese or Japanese page its Latin names are marked as
   * English ({@code <span lang="en">}), as the articles mark them, so that they are read and set as
   * English: the sidecar's text has no markup of its own.
   */
  private static void appendText(Element parent, String text, Language lang) {
    if (!lang.isCjk()) {
      parent.appendText(text);
      return;
    }
    Matcher latin = LATIN_RUN.matcher(text);
    int done = 0;
    while (latin.find()) {
      if (latin.group().codePoints().filter(Character::isLetter).count() < 2) {
        continue;
      }
      parent.appendText(text.substring(done, latin.start()));
      parent.appendElement("span").attr("lang", "en").appendText(latin.group());
      done = latin.end();
    }
    parent.appendText(text.substring(done));
  }

  /**
   * The picture as schema.org's ImageObject, a data block after its figure, so that the credit and
   * licence travel with it in the page's data too. Gson escapes '<' and '>', so no text can close
   * the block.
   */
  private static Element jsonLd(PictureVariants.Published p, String root, Language lang) {
    Sidecar sidecar = p.picture().sidecar();
    String largest =
        p.drawing() != null ? p.drawing() : p.variants().get(p.variants().size() - 1).fallback();
    Map<String, String> data = new java.util.LinkedHashMap<>();
    data.put("@context", "https://schema.org");
    data.put("@type", "ImageObject");
    data.put("contentUrl", root + largest);
    data.put("caption", sidecar.caption().get(lang));
    data.put("creditText", sidecar.credit().get(lang));
    data.put("license", sidecar.licencePage());
    return new Element("script")
        .attr("type", "application/ld+json")
        .appendChild(new DataNode(GSON.toJson(data)));
  }
}
