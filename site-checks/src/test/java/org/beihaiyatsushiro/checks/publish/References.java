package org.beihaiyatsushiro.checks.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the references in a page or a stylesheet: every attribute through which a browser follows a
 * link or loads a file, and every {@code url()} and {@code @import} of a stylesheet.
 */
public final class References {
  /** The attributes that hold one URL, by the elements that carry them. */
  private static final String[][] SINGLE = {
    {"a", "href"},
    {"area", "href"},
    {"link", "href"},
    {"script", "src"},
    {"img", "src"},
    {"source", "src"},
    {"video", "src"},
    {"video", "poster"},
    {"audio", "src"},
    {"track", "src"},
    {"iframe", "src"},
    {"embed", "src"},
    {"object", "data"},
    {"input", "src"},
    {"form", "action"},
    {"use", "href"},
    {"image", "href"},
  };

  private static final Pattern CSS_URL =
      Pattern.compile("url\\(\\s*(['\"]?)([^'\")]+)\\1\\s*\\)|@import\\s+(['\"])([^'\"]+)\\3");
  private static final Pattern REFRESH_URL =
      Pattern.compile("(?i)^\\s*\\d+\\s*;\\s*url\\s*=\\s*(.+)$");

  private References() {}

  /** The references of an HTML page. */
  public static List<Reference> ofPage(String sitePath, Document page) {
    List<Reference> out = new ArrayList<>();
    for (Element e : page.getAllElements()) {
      for (String[] pair : SINGLE) {
        if (e.normalName().equals(pair[0]) && e.hasAttr(pair[1])) {
          out.add(new Reference(sitePath, name(e, pair[1]), e.attr(pair[1])));
        }
      }
      if (e.hasAttr("xlink:href")) {
        out.add(new Reference(sitePath, e.normalName() + "[xlink:href]", e.attr("xlink:href")));
      }
      if (e.hasAttr("srcset")
          && (e.normalName().equals("img") || e.normalName().equals("source"))) {
        for (String candidate : e.attr("srcset").split(",")) {
          String url = candidate.strip().split("\\s+")[0];
          if (!url.isEmpty()) {
            out.add(new Reference(sitePath, e.normalName() + "[srcset]", url));
          }
        }
      }
      if (e.normalName().equals("meta") && e.attr("http-equiv").equalsIgnoreCase("refresh")) {
        Matcher m = REFRESH_URL.matcher(e.attr("content"));
        if (m.matches()) {
          out.add(new Reference(sitePath, "meta[http-equiv=refresh]", m.group(1).strip()));
        }
      }
    }
    return out;
  }

  /** The references of a stylesheet. */
  public static List<Reference> ofStylesheet(String sitePath, String css) {
    List<Reference> out = new ArrayList<>();
    Matcher m = CSS_URL.matcher(css.replaceAll("(?s)/\\*.*?\\*/", ""));
    while (m.find()) {
      String url = m.group(2) != null ? m.group(2).strip() : m.group(4);
      if (!url.startsWith("data:")) {
        out.add(new Reference(sitePath, m.group(2) != null ? "css url()" : "css @import", url));
      }
    }
    return out;
  }

  private static String name(Element e, String attribute) {
    if (e.normalName().equals("link")) {
      String rel = e.attr("rel").strip().toLowerCase(java.util.Locale.ROOT);
      String hreflang = e.hasAttr("hreflang") ? "[hreflang]" : "";
      return "link[rel=" + rel + "]" + hreflang + "[" + attribute + "]";
    }
    return e.normalName() + "[" + attribute + "]";
  }
}
