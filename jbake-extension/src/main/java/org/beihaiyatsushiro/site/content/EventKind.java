package org.beihaiyatsushiro.site.content;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kind of a timeline event ({@code kind:} in its front matter): where it happened and between
 * whom. The timeline labels and styles each event by its kind; the editors' guides say which to
 * choose (docs/editors-guide.*.md, "Timeline categories").
 */
public enum EventKind {
  /** Between China and Japan as countries: the 1972 communiqué, its anniversaries. */
  NATIONS("nations"),
  /** In Beihai or in China alone, the other side not involved: the 1984 opening. */
  BEIHAI("beihai"),
  /** In Yatsushiro or in Japan alone, the other side not involved: the 2005 merger, a flood. */
  YATSUSHIRO("yatsushiro"),
  /** Between the two cities as cities, their governments or the city itself: the tie, a gift. */
  CITIES("cities"),
  /** Between people of the two cities, not their governments: students, citizens, groups. */
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
