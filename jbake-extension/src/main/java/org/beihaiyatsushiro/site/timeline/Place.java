package org.beihaiyatsushiro.site.timeline;

import com.google.gson.JsonObject;
import java.util.List;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.content.EventKind;

/**
 * The two cities, as the places of the timeline's events: an event's kind says where it happened
 * (docs/timeline.md): in one of the cities, between both of them, or between the two countries,
 * which places it in neither. Their positions are the fact sheet's (section B, geography): rounded
 * to a tenth of a degree, as it gives them.
 */
public enum Place {
  BEIHAI("北海市", "北海市", "Beihai", 21.5, 109.1, "CN"),
  YATSUSHIRO("八代市", "八代市", "Yatsushiro", 32.5, 130.6, "JP");

  private final String zh;
  private final String ja;
  private final String en;
  private final double latitude;
  private final double longitude;
  private final String country;

  Place(String zh, String ja, String en, double latitude, double longitude, String country) {
    this.zh = zh;
    this.ja = ja;
    this.en = en;
    this.latitude = latitude;
    this.longitude = longitude;
    this.country = country;
  }

  /** Where an event of this kind happened, in the order of this enum. */
  public static List<Place> of(EventKind kind) {
    return switch (kind) {
      case BEIHAI -> List.of(BEIHAI);
      case YATSUSHIRO -> List.of(YATSUSHIRO);
      case CITIES, PEOPLE -> List.of(BEIHAI, YATSUSHIRO);
      case NATIONS -> List.of();
    };
  }

  /** The city's name as written in a language (its official name in Chinese and Japanese). */
  public String name(Language lang) {
    return switch (lang) {
      case ZH -> zh;
      case JA -> ja;
      case EN -> en;
    };
  }

  /** The place as schema.org's Place with its GeoCoordinates, named in the given language. */
  JsonObject jsonLd(Language lang) {
    JsonObject geo = new JsonObject();
    geo.addProperty("@type", "GeoCoordinates");
    geo.addProperty("latitude", latitude);
    geo.addProperty("longitude", longitude);
    JsonObject address = new JsonObject();
    address.addProperty("@type", "PostalAddress");
    address.addProperty("addressCountry", country);
    JsonObject place = new JsonObject();
    place.addProperty("@type", "Place");
    place.addProperty("name", name(lang));
    place.add("geo", geo);
    place.add("address", address);
    return place;
  }
}
