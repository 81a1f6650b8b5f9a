package org.beihaiyatsushiro.site.search;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.beihaiyatsushiro.site.base.Language;

/**
 * Writes a language's search index as a JavaScript file, search/index-&lt;lang&gt;.js, that sets
 * {@code globalThis.SiteSearchIndex["<lang>"]}.
 *
 * <p>A script rather than a JSON file because browsers refuse {@code fetch()} of a file:// URL, and
 * the site must work opened from disk; a {@code <script src>} loads from disk and passes the site's
 * Content-Security-Policy ({@code script-src 'self'}) without eval.
 *
 * <p>The data: {@code docs} is a list of {@code {u: url from the site root, t: title, d: date as
 * written, k: "article"|"event", tn: length of the title in positions, n: length of the text in
 * positions, x: the text}}; {@code terms} maps each term, in sorted order, to a flat list of
 * triples {@code doc, count in title, count in text}. The output depends only on the documents, so
 * bakes are byte-reproducible.
 */
public final class IndexScript {
  /** The global object the index scripts fill, one property per language. */
  public static final String GLOBAL = "SiteSearchIndex";

  private IndexScript() {}

  /** The script of a language's index. */
  public static String of(Language lang, String languageName, SearchIndex index) {
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(languageName, "languageName");
    Objects.requireNonNull(index, "index");
    StringWriter script = new StringWriter();
    String global = "globalThis." + GLOBAL;
    script
        .append("/* The search index of the ")
        .append(lang.code())
        .append(" pages, written by the site's build from the published articles and events. */\n")
        .append(global)
        .append(" = ")
        .append(global)
        .append(" || {};\n")
        .append(global)
        .append('[');
    try {
      // Gson's streaming writer: the same JSON as Gson writes from maps, without building them.
      json(script).value(lang.code()).flush();
      script.append("] = ");
      JsonWriter data = json(script);
      writeData(data, lang, languageName, index);
      data.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return script.append(";\n").toString();
  }

  /** A writer of one JSON value, escaped as Gson escapes it without its HTML escaping. */
  private static JsonWriter json(StringWriter out) {
    JsonWriter json = new JsonWriter(out);
    json.setHtmlSafe(false);
    return json;
  }

  private static void writeData(
      JsonWriter json, Language lang, String languageName, SearchIndex index) throws IOException {
    json.beginObject();
    json.name("lang").value(lang.code());
    json.name("tag").value(lang.tag());
    json.name("name").value(languageName);
    json.name("docs").beginArray();
    for (int i = 0; i < index.docs().size(); i++) {
      SearchDocument d = index.docs().get(i);
      json.beginObject();
      json.name("u").value(d.url());
      json.name("t").value(d.title());
      json.name("d").value(d.date());
      json.name("k").value(d.kind());
      json.name("tn").value(index.titleLength(i));
      json.name("n").value(index.length(i));
      json.name("x").value(d.text());
      json.endObject();
    }
    json.endArray();
    json.name("terms").beginObject();
    for (Map.Entry<String, List<SearchIndex.Posting>> term : index.terms().entrySet()) {
      json.name(term.getKey()).beginArray();
      for (SearchIndex.Posting p : term.getValue()) {
        json.value(p.doc()).value(p.inTitle()).value(p.inText());
      }
      json.endArray();
    }
    json.endObject();
    json.endObject();
  }
}
