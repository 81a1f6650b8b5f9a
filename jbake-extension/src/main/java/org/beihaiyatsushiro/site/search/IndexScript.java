package org.beihaiyatsushiro.site.search;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

  private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

  private IndexScript() {}

  /** The script of a language's index. */
  public static String of(Language lang, String languageName, SearchIndex index) {
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(languageName, "languageName");
    Objects.requireNonNull(index, "index");
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("lang", lang.code());
    data.put("tag", lang.tag());
    data.put("name", languageName);
    List<Map<String, Object>> docs = new ArrayList<>();
    for (int i = 0; i < index.docs().size(); i++) {
      SearchDocument d = index.docs().get(i);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("u", d.url());
      m.put("t", d.title());
      m.put("d", d.date());
      m.put("k", d.kind());
      m.put("tn", index.titleLength(i));
      m.put("n", index.length(i));
      m.put("x", d.text());
      docs.add(m);
    }
    data.put("docs", docs);
    Map<String, int[]> terms = new LinkedHashMap<>();
    index
        .terms()
        .forEach(
            (term, postings) -> {
              int[] flat = new int[postings.size() * 3];
              for (int i = 0; i < postings.size(); i++) {
                SearchIndex.Posting p = postings.get(i);
                flat[3 * i] = p.doc();
                flat[3 * i + 1] = p.inTitle();
                flat[3 * i + 2] = p.inText();
              }
              terms.put(term, flat);
            });
    data.put("terms", terms);
    String global = "globalThis." + GLOBAL;
    return "/* The search index of the "
        + lang.code()
        + " pages, written by the site's build from the published articles and events. */\n"
        + global
        + " = "
        + global
        + " || {};\n"
        + global
        + "["
        + GSON.toJson(lang.code())
        + "] = "
        + GSON.toJson(data)
        + ";\n";
  }
}
