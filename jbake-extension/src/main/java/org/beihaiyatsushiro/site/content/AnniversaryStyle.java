package org.beihaiyatsushiro.site.content;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How the timeline counts the years from an event to the site's as-of date ({@code anniversary:} in
 * its front matter): "50 years ago" (ago, the default), "26 years of friendship" (friendship, for
 * the event a friendship starts with) or not at all (none).
 */
public enum AnniversaryStyle {
  AGO("ago"),
  FRIENDSHIP("friendship"),
  NONE("none");

  private final String code;

  AnniversaryStyle(String code) {
    this.code = code;
  }

  /** As written in the front matter and in the UI strings' keys: {@code friendship}. */
  public String code() {
    return code;
  }

  /** The style written as {@code code}, if it is one. */
  public static Optional<AnniversaryStyle> of(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }

  /** Every style as written in the front matter. */
  public static List<String> codes() {
    return Arrays.stream(values()).map(AnniversaryStyle::code).toList();
  }
}
