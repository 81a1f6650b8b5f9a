package org.beihaiyatsushiro.site.timeline;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.content.Article;

/**
 * The timeline as schema.org JSON-LD, for the {@code <script type="application/ld+json">} data
 * block of the timeline page: an ItemList whose ListItems (position 1, 2, …) each hold an Event
 * with its name, start date at exactly the known precision ("1996", "2020-07", "2022-09-29"),
 * description, URL with the event's anchor, the language its text is in, and where the fact sheet
 * places it, the cities its kind names ({@link Place}), as its location.
 *
 * <p>Gson escapes {@code <}, {@code >} and {@code &} as {@code \u003c} etc., so no text can close
 * the script element. The block is data, never executed, which the page's {@code script-src 'self'}
 * policy allows.
 */
public final class TimelineJsonLd {
  private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

  private TimelineJsonLd() {}

  /**
   * @param name the timeline page's title
   * @param pageUrl the absolute URL of the timeline page
   * @param lang the page's language
   * @param events the page's events in their order
   */
  public static String of(String name, String pageUrl, Language lang, List<TimelineEvent> events) {
    JsonObject list = new JsonObject();
    list.addProperty("@context", "https://schema.org");
    list.addProperty("@type", "ItemList");
    list.addProperty("name", name);
    list.addProperty("url", pageUrl);
    list.addProperty("inLanguage", lang.tag());
    list.addProperty("itemListOrder", "https://schema.org/ItemListOrderAscending");
    list.addProperty("numberOfItems", events.size());
    JsonArray items = new JsonArray();
    int position = 0;
    for (TimelineEvent e : events) {
      Article a = e.shown();
      String url = pageUrl + "#" + e.anchor();
      JsonObject event = new JsonObject();
      event.addProperty("@type", "Event");
      event.addProperty("@id", url);
      event.addProperty("name", a.title());
      event.addProperty("startDate", a.date().iso());
      event.addProperty("description", a.summary().isBlank() ? a.bodyText() : a.summary());
      event.addProperty("url", url);
      event.addProperty("inLanguage", a.lang().tag());
      List<Place> places = a.kind() == null ? List.of() : Place.of(a.kind());
      if (!places.isEmpty()) {
        JsonArray location = new JsonArray();
        places.forEach(p -> location.add(p.jsonLd(lang)));
        event.add("location", location);
      }
      JsonObject item = new JsonObject();
      item.addProperty("@type", "ListItem");
      item.addProperty("position", ++position);
      item.add("item", event);
      items.add(item);
    }
    list.add("itemListElement", items);
    return GSON.toJson(list);
  }
}
