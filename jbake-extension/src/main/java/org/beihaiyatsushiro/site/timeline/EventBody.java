package org.beihaiyatsushiro.site.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An event's body as HTML for a page or file other than its own source.
 *
 * <p>The Markdown renderer writes an event's relative links as seen from its file (content/en/
 * events/x.md links ../beihai.md as ../beihai.html), but the event is shown on the timeline and the
 * home page of its language, or of another language when untranslated, and in the TimelineJS file.
 * Each relative link is resolved to the site path it names and written again for where it is shown,
 * so it still reaches its file.
 */
public final class EventBody {
  private static final String BASE = "https://site.invalid/";
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");

  private EventBody() {}

  /**
   * Rewrites the relative links and image sources of a body.
   *
   * @param html the body as the renderer wrote it
   * @param sourcePage the site path the links were written for (en/events/x.html)
   * @param link turns a site path (en/beihai.html#top) into the link to write
   */
  public static String rebase(String html, String sourcePage, UnaryOperator<String> link) {
    Objects.requireNonNull(sourcePage, "sourcePage");
    Document doc = Jsoup.parseBodyFragment(html, BASE + sourcePage);
    doc.outputSettings().prettyPrint(false);
    boolean changed = false;
    for (Element el : doc.select("a[href], img[src]")) {
      String attr = el.hasAttr("href") ? "href" : "src";
      String value = el.attr(attr);
      if (value.isEmpty()
          || value.startsWith("#")
          || value.startsWith("/")
          || SCHEME.matcher(value).matches()) {
        continue;
      }
      String absolute = el.absUrl(attr);
      if (absolute.startsWith(BASE)) {
        el.attr(attr, link.apply(absolute.substring(BASE.length())));
        changed = true;
      }
    }
    // A picture's sizes (images.Figures) are links too, one per width: "a-480.webp 480w, …".
    for (Element el : doc.select("[srcset]")) {
      List<String> candidates = new ArrayList<>();
      for (String candidate : el.attr("srcset").split(",")) {
        String[] parts = candidate.strip().split("\\s+", 2);
        String url = parts[0];
        if (!url.isEmpty() && !url.startsWith("/") && !SCHEME.matcher(url).matches()) {
          String absolute = org.jsoup.internal.StringUtil.resolve(BASE + sourcePage, url);
          if (absolute.startsWith(BASE)) {
            url = link.apply(absolute.substring(BASE.length()));
            changed = true;
          }
        }
        candidates.add(parts.length > 1 ? url + " " + parts[1] : url);
      }
      el.attr("srcset", String.join(", ", candidates));
    }
    return changed ? doc.body().html() : html;
  }

  /**
   * Whether a body already links to a page (its fragment aside), so that a separate "Read more"
   * link to that page would say the same thing twice.
   *
   * @param href the link as the page writes it (../en/beihai.html)
   */
  public static boolean linksTo(String html, String href) {
    Objects.requireNonNull(href, "href");
    String page = withoutFragment(href);
    for (Element a : Jsoup.parseBodyFragment(html).select("a[href]")) {
      if (withoutFragment(a.attr("href")).equals(page)) {
        return true;
      }
    }
    return false;
  }

  private static String withoutFragment(String href) {
    int hash = href.indexOf('#');
    return hash < 0 ? href : href.substring(0, hash);
  }
}
