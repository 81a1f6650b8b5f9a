package org.beihaiyatsushiro.site.content;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The type of a content file ({@code type:} in its front matter). It decides which template shows
 * the file and whether it becomes a page of its own: the home page and the timeline page of a
 * language, an article, or a timeline event, which lives on the timeline page.
 */
public enum PageType {
  HOME("home"),
  ARTICLE("article"),
  TIMELINE("timeline"),
  EVENT("event");

  private final String code;

  PageType(String code) {
    this.code = code;
  }

  /**
   * As written in the front matter and given to templates as {@code page.type}: {@code article}.
   */
  public String code() {
    return code;
  }

  /** The template that shows a page of this type, named after it: {@code article.ftlh}. */
  public String template() {
    return code + ".ftlh";
  }

  /** Whether a file of this type becomes a page of its own; events live on the timeline page. */
  public boolean hasPage() {
    return this != EVENT;
  }

  /** The type written as {@code code}, if it is one. */
  public static Optional<PageType> of(String code) {
    return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
  }

  /** Every type as written in the front matter. */
  public static List<String> codes() {
    return Arrays.stream(values()).map(PageType::code).toList();
  }
}
