package org.beihaiyatsushiro.site.content;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kind of a timeline event ({@code kind:} in its front matter): between the nations, between
 * the two cities, or between people. The timeline labels and styles each event by its kind.
 */
public enum EventKind {
  NATIONS("nations"),
  CITIES("cities"),
  PEOPLE("people");

  private final String code;

  EventKind(String code) {
    this.code = code;
  }

  /** As written in the front matter, in CSS classes and in the UI strings' keys: {@code cities}. */
  public String code() {
    return code;
  }

  /** The kind written as {@code code}, if it is one. */
  public static Optional<EventKind> of(String code) {
    return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
  }

  /** Every kind as written in the front matter. */
  public static List<String> codes() {
    return Arrays.stream(values()).map(EventKind::code).toList();
  }
}
