package org.beihaiyatsushiro.site.share;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.base.SitePaths;

/**
 * A language's web app manifest ({@code zh/manifest.webmanifest}): the site's name in that
 * language, its home page as the start, and the PNG icons. Every URL in it is relative to the
 * manifest, so the site works under any subpath.
 */
public final class WebManifest {
  private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

  private WebManifest() {}

  /**
   * @param lang the manifest's language
   * @param name the site's title in it
   * @param shortName the name under an icon on a home screen
   * @param description what the site is, in that language
   */
  public static String of(Language lang, String name, String shortName, String description) {
    String root = SitePaths.rootOf(SitePaths.manifest(lang));
    JsonObject m = new JsonObject();
    m.addProperty("name", name);
    m.addProperty("short_name", shortName);
    m.addProperty("description", description);
    m.addProperty("lang", lang.tag());
    m.addProperty("start_url", "index.html");
    m.addProperty("scope", "./");
    m.addProperty("display", "standalone");
    // site.css: --jade and --paper.
    m.addProperty("theme_color", "#2e6b5a");
    m.addProperty("background_color", "#fbfaf5");
    JsonArray icons = new JsonArray();
    icons.add(icon(root + SitePaths.ICON_192, 192, "any"));
    icons.add(icon(root + SitePaths.ICON_512, 512, "any"));
    icons.add(icon(root + SitePaths.ICON_MASKABLE, 512, "maskable"));
    m.add("icons", icons);
    return GSON.toJson(m) + "\n";
  }

  private static JsonObject icon(String src, int side, String purpose) {
    JsonObject o = new JsonObject();
    o.addProperty("src", src);
    o.addProperty("sizes", side + "x" + side);
    o.addProperty("type", "image/png");
    o.addProperty("purpose", purpose);
    return o;
  }
}
