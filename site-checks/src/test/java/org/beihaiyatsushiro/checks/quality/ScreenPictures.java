package org.beihaiyatsushiro.checks.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Which file of each picture a browser loads on a screen of a given width (at one device pixel a
 * CSS pixel): of a {@code <picture>}, its first WebP {@code <source>} (every browser the site
 * supports shows WebP), else its {@code <img>}; of a {@code srcset} with width descriptors, the
 * narrowest candidate at least as wide as the slot its {@code sizes} gives at that screen width,
 * else the widest; else the {@code src}.
 *
 * <p>{@code sizes} is read as the site writes it: a list of {@code (min-width: N) length} and a
 * last length, in px, rem or em (16 px) and vw.
 */
final class ScreenPictures {
  private static final Pattern MIN_WIDTH =
      Pattern.compile("\\(\\s*min-width\\s*:\\s*([0-9.]+)(px|rem|em)\\s*\\)\\s*(.+)");
  private static final Pattern LENGTH = Pattern.compile("([0-9.]+)(px|rem|em|vw)");

  private ScreenPictures() {}

  /** The URLs, as written in the page, of the picture files a screen this wide loads. */
  static List<String> loadedAt(int screenWidth, Path page) {
    Document doc;
    try {
      doc = Jsoup.parse(page.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> urls = new ArrayList<>();
    for (Element img : doc.select("img")) {
      Element chosen = img;
      Element parent = img.parent();
      if (parent != null && parent.normalName().equals("picture")) {
        Element webp = parent.selectFirst("> source[type=image/webp][srcset]");
        if (webp != null) {
          chosen = webp;
        }
      }
      String url = pick(chosen, screenWidth);
      if (!url.isEmpty()) {
        urls.add(url);
      }
    }
    return urls;
  }

  private static String pick(Element e, int screenWidth) {
    if (!e.hasAttr("srcset")) {
      return e.attr("src");
    }
    double slot = slot(e.attr("sizes"), screenWidth);
    record Candidate(String url, int width) {}
    List<Candidate> candidates = new ArrayList<>();
    for (String c : e.attr("srcset").split(",")) {
      String[] parts = c.strip().split("\\s+");
      int width =
          parts.length > 1 && parts[1].endsWith("w")
              ? Integer.parseInt(parts[1].substring(0, parts[1].length() - 1))
              : screenWidth;
      candidates.add(new Candidate(parts[0], width));
    }
    candidates.sort(Comparator.comparingInt(Candidate::width));
    return candidates.stream()
        .filter(c -> c.width() >= slot)
        .findFirst()
        .orElse(candidates.get(candidates.size() - 1))
        .url();
  }

  /** The slot's width in CSS pixels that {@code sizes} gives on a screen this wide. */
  static double slot(String sizes, int screenWidth) {
    if (sizes.isBlank()) {
      return screenWidth;
    }
    for (String entry : sizes.split(",")) {
      String part = entry.strip().toLowerCase(Locale.ROOT);
      Matcher condition = MIN_WIDTH.matcher(part);
      if (condition.matches()) {
        if (screenWidth >= pixels(condition.group(1), condition.group(2), screenWidth)) {
          return length(condition.group(3), screenWidth);
        }
      } else {
        return length(part, screenWidth);
      }
    }
    return screenWidth;
  }

  private static double length(String text, int screenWidth) {
    Matcher m = LENGTH.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("a length the check does not read: " + text);
    }
    return pixels(m.group(1), m.group(2), screenWidth);
  }

  private static double pixels(String number, String unit, int screenWidth) {
    double n = Double.parseDouble(number);
    return switch (unit) {
      case "px" -> n;
      case "rem", "em" -> n * 16;
      case "vw" -> n * screenWidth / 100;
      default -> throw new IllegalArgumentException(unit);
    };
  }
}
