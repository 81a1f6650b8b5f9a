package org.beihaiyatsushiro.site.archive;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.beihaiyatsushiro.site.base.SitePaths;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The web archive packed as one WACZ 1.1.1 file, the format ReplayWeb.page opens: the WARC under
 * {@code archive/}, its CDXJ index as {@code indexes/index.cdxj}, the list of pages as {@code
 * pages/pages.jsonl}, and {@code datapackage.json} with the SHA-256 hash and size of each of them
 * (plus {@code datapackage-digest.json}, the hash of datapackage.json).
 *
 * <p>The zip is written here rather than with jwarc's experimental {@code WaczWriter}, which dates
 * every zip entry with the build's clock: here entries are sorted and dated with the source date,
 * and the WARC is stored uncompressed in the zip as the specification asks, so a replay can read
 * records at their offsets.
 */
final class SiteWacz {
  static final String WACZ_VERSION = "1.1.1";
  static final String INDEX = "indexes/index.cdxj";
  static final String PAGES = "pages/pages.jsonl";

  private static final Gson LINES = new GsonBuilder().disableHtmlEscaping().create();
  private static final Gson PRETTY =
      new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create();

  private SiteWacz() {}

  /** What the package says about itself in datapackage.json. */
  record Description(String title, String description, String mainPageUrl) {}

  /**
   * Writes the WACZ file.
   *
   * @param web the WARC and its CDXJ index, as {@link SiteWarc#write} wrote them: the WARC is
   *     copied from its file, its hash and size known from writing it
   * @param warcName the WARC's file name, the name its CDXJ index uses; it goes in under {@code
   *     archive/}
   * @param pages the list of pages, as {@link #pages} made it
   */
  static void write(
      SiteWarc.WebArchive web,
      String warcName,
      byte[] pages,
      Provenance provenance,
      Description about,
      Path wacz)
      throws IOException {
    String warcEntry = "archive/" + warcName;
    byte[] index = web.cdxj();

    List<Map<String, Object>> resources = new ArrayList<>();
    resources.add(resource(warcEntry, web.sha256(), web.size()));
    resources.add(resource(INDEX, LabelledSha256.of(index), index.length));
    resources.add(resource(PAGES, LabelledSha256.of(pages), pages.length));
    Map<String, Object> pkg = new LinkedHashMap<>();
    pkg.put("profile", "data-package");
    pkg.put("wacz_version", WACZ_VERSION);
    pkg.put("title", about.title());
    pkg.put("description", about.description());
    pkg.put("created", provenance.sourceDateText());
    pkg.put("software", provenance.software());
    pkg.put("mainPageUrl", about.mainPageUrl());
    pkg.put("mainPageDate", provenance.sourceDateText());
    pkg.put("resources", resources);
    byte[] datapackage = (PRETTY.toJson(pkg) + "\n").getBytes(StandardCharsets.UTF_8);
    Map<String, Object> digest = new LinkedHashMap<>();
    digest.put("path", "datapackage.json");
    digest.put("hash", LabelledSha256.of(datapackage));
    byte[] datapackageDigest = (PRETTY.toJson(digest) + "\n").getBytes(StandardCharsets.UTF_8);

    // In name order, as a zip is written; the WARC (a .gz) is stored, the rest deflated.
    try (ReproducibleZip zip = new ReproducibleZip(wacz, provenance.sourceDate())) {
      zip.add(warcEntry, web.file(), web.size(), web.crc32())
          .add("datapackage-digest.json", datapackageDigest)
          .add("datapackage.json", datapackage)
          .add(INDEX, index)
          .add(PAGES, pages);
    }
  }

  /** pages.jsonl, in UTF-8: a header line, then each HTML page but the 404 page, with its title. */
  static byte[] pages(Iterable<SiteFile> files, String baseUrl, Provenance provenance) {
    StringBuilder out = new StringBuilder();
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("format", "json-pages-1.0");
    header.put("id", "pages");
    header.put("title", "All Pages");
    out.append(LINES.toJson(header)).append('\n');
    for (SiteFile f : files) {
      if (!MediaTypes.isPage(f.path()) || f.path().equals(SitePaths.NOT_FOUND)) {
        continue;
      }
      Map<String, Object> page = new LinkedHashMap<>();
      page.put("url", SiteWarc.urlOf(baseUrl, f.path()));
      page.put("ts", provenance.sourceDateText());
      page.put("title", titleOf(f));
      out.append(LINES.toJson(page)).append('\n');
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Where a page's title is. */
  private static final Evaluator TITLE = QueryParser.parse("head title");

  /**
   * The page's title, as {@link org.jsoup.nodes.Document#title()} gives it, read by jsoup's stream
   * parser only as far as the title: the rest of the page is neither decoded nor parsed.
   */
  private static String titleOf(SiteFile page) {
    Reader html =
        new InputStreamReader(new ByteArrayInputStream(page.bytes()), StandardCharsets.UTF_8);
    try (StreamParser parser = new StreamParser(Parser.htmlParser()).parse(html, "")) {
      parser.selectFirst(TITLE);
      return parser.document().title();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the title of " + page.path(), e);
    }
  }

  private static Map<String, Object> resource(String path, String sha256, long size) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("name", path.substring(path.lastIndexOf('/') + 1));
    r.put("path", path);
    r.put("hash", sha256);
    r.put("bytes", size);
    return r;
  }
}
