package org.beihaiyatsushiro.site.content;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Whether a content file is shown to readers ({@code status:} in its front matter): published, or a
 * draft the build checks but leaves out of the site.
 */
public enum PublicationStatus {
  PUBLISHED("published"),
  DRAFT("draft");

  private final String code;

  PublicationStatus(String code) {
    this.code = code;
  }

  /** As written in the front matter and in the translation status report: {@code draft}. */
  public String code() {
    return code;
  }

  /** The status written as {@code code}, if it is one. */
  public static Optional<PublicationStatus> of(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }

  /** Every status as written in the front matter. */
  public static List<String> codes() {
    return Arrays.stream(values()).map(PublicationStatus::code).toList();
  }
}
