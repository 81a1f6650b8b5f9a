package org.beihaiyatsushiro.site.timeline;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import org.beihaiyatsushiro.site.base.PartialDate;

/**
 * A language's timeline in the JSON format of Knight Lab's TimelineJS (timeline.json beside the
 * timeline page), for anyone who wants to reuse the events: a title slide and one slide per event
 * with its start date at exactly the known precision (a year-only event has no month or day), the
 * date as the page writes it (display_date), its headline and text, its anchor as unique_id and the
 * label of its kind (as the page shows it) as group, the row TimelineJS draws it in.
 */
public final class TimelineJs {
  private static final Gson GSON =
      new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

  private TimelineJs() {}

  /** What the file says of one event, in the page's words. */
  public record Slide(
      String uniqueId,
      PartialDate date,
      String displayDate,
      String headline,
      String html,
      String group) {}

  /**
   * @param headline the title of the timeline
   * @param text the summary of the timeline
   * @param slides the events in the page's order
   */
  public static String of(String headline, String text, List<Slide> slides) {
    JsonObject root = new JsonObject();
    JsonObject title = new JsonObject();
    title.add("text", text(headline, text));
    root.add("title", title);
    JsonArray events = new JsonArray();
    for (Slide s : slides) {
      JsonObject event = new JsonObject();
      event.add("start_date", date(s.date(), s.displayDate()));
      event.add("text", text(s.headline(), s.html()));
      event.addProperty("group", s.group());
      event.addProperty("unique_id", s.uniqueId());
      events.add(event);
    }
    root.add("events", events);
    return GSON.toJson(root) + "\n";
  }

  private static JsonObject date(PartialDate d, String display) {
    JsonObject date = new JsonObject();
    date.addProperty("year", d.year());
    if (d.month() > 0) {
      date.addProperty("month", d.month());
    }
    if (d.day() > 0) {
      date.addProperty("day", d.day());
    }
    date.addProperty("display_date", display);
    return date;
  }

  private static JsonObject text(String headline, String text) {
    JsonObject t = new JsonObject();
    t.addProperty("headline", headline);
    t.addProperty("text", text);
    return t;
  }
}
