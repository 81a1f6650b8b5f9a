package org.beihaiyatsushiro.site.timeline;

import java.util.List;

/**
 * The events of one year on a timeline, in date order; the page gives each year a heading and the
 * anchor {@code y<YYYY>}.
 */
public record TimelineYear(int year, List<TimelineEvent> events) {
  public TimelineYear {
    events = List.copyOf(events);
    if (events.isEmpty()) {
      throw new IllegalArgumentException("a year without events: " + year);
    }
  }

  /** The year's anchor on the page: y1996. */
  public String anchor() {
    return anchorOf(year);
  }

  /** The anchor of a year: y1996. */
  public static String anchorOf(int year) {
    return String.format("y%04d", year);
  }
}
