package org.beihaiyatsushiro.site.timeline;

import com.google.gson.JsonObject;
import java.util.List;
import org.beihaiyatsushiro.site.base.Language;

/**
 * The two cities, as the places of the timeline's events: an event tagged {@code beihai} or {@code
 * yatsushiro} happened there (docs/timeline.md). Their positions are the fact sheet's (section B,
 * geography): rounded to a tenth of a degree, as it gives them.
 */
public enum Place {
  BEIHAI("beihai", "北海市", "北海市", "Beihai", 21.5, 109.1, "CN"),
  YATSUSHIRO("yatsushiro", "八代市", "八代市", "Yatsushiro", 32.5, 130.6, "JP");

  private final String tag;
  private final String zh;
  private final String ja;
  private final String en;
  private final double latitude;
  private final double longitude;
  private final String country;

  Place(
      String tag,
      String zh,
      String ja,
      String en,
      double latitude,
      double longitude,
      String country) {
    this.tag = tag;
    this.zh = zh;
    this.ja = ja;
    this.en = en;
    this.latitude = latitude;
    this.longitude = longitude;
    this.country = country;
  }

  /** The places an event's tags name, in the order of this enum. */
  public static List<Place> of(List<String> tags) {
    return List.of(values()).stream().filter(p -> tags.contains(p.tag)).toList();
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
