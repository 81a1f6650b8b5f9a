package org.beihaiyatsushiro.checks.publish;

import java.util.Objects;

/**
 * One reference in a file of the site, as written: a link, a stylesheet, a script, an image, or a
 * {@code url()} in a stylesheet.
 *
 * @param from the site path of the file that holds it
 * @param element where it stands, such as {@code a[href]} or {@code css url()}
 * @param value the URL exactly as written
 */
public record Reference(String from, String element, String value) {
  public Reference {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(value, "value");
  }

  /** Whether it is a link the reader follows, rather than a file the page loads. */
  public boolean isNavigation() {
    return element.equals("a[href]") || element.equals("area[href]");
  }

  /**
   * Whether it is one of the links that must be absolute URLs built from the base URL: the
   * canonical address and the addresses of the page's translations.
   */
  public boolean isAbsoluteByDesign() {
    return element.equals("link[rel=canonical][href]")
        || element.equals("link[rel=alternate][hreflang][href]");
  }

  @Override
  public String toString() {
    return from + ": " + element + "=\"" + value + "\"";
  }
}
