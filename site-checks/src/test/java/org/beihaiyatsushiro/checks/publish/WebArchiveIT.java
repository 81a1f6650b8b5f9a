package org.beihaiyatsushiro.checks.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.beihaiyatsushiro.checks.BakedSite;
import org.beihaiyatsushiro.site.archive.ArchiveFiles;
import org.beihaiyatsushiro.site.archive.MediaTypes;
import org.beihaiyatsushiro.site.archive.Provenance;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.HeaderValidator;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.Warcinfo;

/**
 * The web archive of the site: the WARC file validates with jwarc and holds every file under its
 * public URL, its CDXJ index finds every one of them, and the WACZ package's datapackage.json
 * hashes match its files.
 */
class WebArchiveIT {
  private final ArchiveFiles archives = PublishedSite.archives();
  private final String base = PublishedSite.baseUrl();
  private final Provenance sources = Provenance.of(BakedSite.SOURCES, System.getenv());

  @Test
  void theWarcValidatesAndHoldsEveryFileAsItsPublicUrlServesIt() throws Exception {
    HeaderValidator validator = HeaderValidator.warc_1_1(true);
    List<String> warnings = new ArrayList<>();
    Map<String, byte[]> payloads = new LinkedHashMap<>();
    List<String> types = new ArrayList<>();
    try (WarcReader reader = new WarcReader(archives.warc())) {
      reader.calculateBlockDigest();
      reader.onWarning(warnings::add);
      for (WarcRecord record : reader) {
        types.add(record.type());
        assertThat(validator.validate(record.headers())).as(record.toString()).isEmpty();
        assertThat(record.version().toString()).isEqualTo("WARC/1.1");
        assertThat(record.date()).isEqualTo(sources.sourceDate());
        if (record instanceof Warcinfo info) {
          assertThat(info.fields().first("software"))
              .hasValueSatisfying(s -> assertThat(s).contains("jwarc"));
          assertThat(info.fields().first("isPartOf")).contains(base);
          assertThat(info.fields().first("source-commit")).contains(sources.commit());
        } else if (record instanceof WarcResponse response) {
          String path = response.target().substring(base.length());
          HttpResponse http = response.http();
          assertThat(http.status()).isEqualTo(200);
          assertThat(http.headers().first("Content-Type"))
              .as(path)
              .contains(MediaTypes.of(path).replace("; ", ";"));
          if (MediaTypes.isText(path)) {
            assertThat(http.headers().first("Content-Type").orElseThrow())
                .as(path)
                .endsWith(";charset=utf-8");
          }
          byte[] payload = http.body().stream().readAllBytes();
          payloads.put(response.target(), payload);
          assertThat(response.payloadDigest()).as(path).contains(sha256(payload));
          assertThat(response.blockDigest()).as(path + ": WARC-Block-Digest").isPresent();
        }
        assertThat(record.calculatedBlockDigest())
            .as(record.toString())
            .isEqualTo(record.blockDigest());
      }
    }
    assertThat(warnings).isEmpty();
    assertThat(types.get(0)).isEqualTo("warcinfo");
    assertThat(payloads.keySet())
        .containsExactlyElementsOf(BakedSite.files().stream().map(f -> base + f).toList());
    for (String f : BakedSite.files()) {
      assertThat(payloads.get(base + f))
          .as(f)
          .isEqualTo(Files.readAllBytes(BakedSite.ROOT.resolve(f)));
    }
  }

  @Test
  void theCdxjIndexFindsEveryFileUnderItsPublicUrlAtItsPlaceInTheWarc() throws Exception {
    List<String> lines = Files.readAllLines(archives.cdxj(), StandardCharsets.UTF_8);
    assertThat(lines).isSorted();
    String timestamp =
        java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(java.time.ZoneOffset.UTC)
            .format(sources.sourceDate());
    Map<String, JsonObject> byUrl = new LinkedHashMap<>();
    for (String line : lines) {
      String[] parts = line.split(" ", 3);
      assertThat(parts).as(line).hasSize(3);
      assertThat(parts[1]).as(line).isEqualTo(timestamp);
      JsonObject fields = JsonParser.parseString(parts[2]).getAsJsonObject();
      byUrl.put(fields.get("url").getAsString(), fields);
    }
    assertThat(byUrl.keySet())
        .containsExactlyInAnyOrderElementsOf(
            BakedSite.files().stream().map(f -> base + f).toList());
    try (FileChannel warc = FileChannel.open(archives.warc())) {
      for (Map.Entry<String, JsonObject> e : byUrl.entrySet()) {
        JsonObject fields = e.getValue();
        String path = e.getKey().substring(base.length());
        assertThat(fields.get("filename").getAsString())
            .isEqualTo(archives.warc().getFileName().toString());
        assertThat(fields.get("status").getAsString()).isEqualTo("200");
        assertThat(fields.get("mime").getAsString())
            .isEqualTo(MediaTypes.of(path).replaceFirst(";.*$", ""));
        warc.position(Long.parseLong(fields.get("offset").getAsString()));
        WarcRecord record = new WarcReader(warc).next().orElseThrow();
        assertThat(record).isInstanceOf(WarcResponse.class);
        assertThat(((WarcResponse) record).target()).isEqualTo(e.getKey());
        assertThat(record.headers().first("WARC-Payload-Digest"))
            .contains(fields.get("digest").getAsString());
      }
    }
  }

  @Test
  void theWaczHashesMatchItsFilesAndItListsThePages() throws Exception {
    try (ZipFile wacz = new ZipFile(archives.wacz().toFile())) {
      JsonObject pkg = json(wacz, "datapackage.json");
      assertThat(pkg.get("profile").getAsString()).isEqualTo("data-package");
      assertThat(pkg.get("wacz_version").getAsString()).isEqualTo("1.1.1");
      assertThat(pkg.get("mainPageUrl").getAsString()).isEqualTo(base + "index.html");
      assertThat(pkg.get("created").getAsString()).isEqualTo(sources.sourceDateText());

      List<String> listed = new ArrayList<>();
      for (JsonElement e : pkg.getAsJsonArray("resources")) {
        JsonObject r = e.getAsJsonObject();
        String path = r.get("path").getAsString();
        listed.add(path);
        byte[] bytes = bytes(wacz, path);
        assertThat(r.get("hash").getAsString()).as(path).isEqualTo("sha256:" + hex(bytes));
        assertThat(r.get("bytes").getAsLong()).as(path).isEqualTo(bytes.length);
      }
      String warcEntry = "archive/" + archives.warc().getFileName();
      assertThat(listed)
          .containsExactlyInAnyOrder(warcEntry, "indexes/index.cdxj", "pages/pages.jsonl");
      assertThat(wacz.stream().map(ZipEntry::getName))
          .containsExactlyInAnyOrder(
              warcEntry,
              "indexes/index.cdxj",
              "pages/pages.jsonl",
              "datapackage.json",
              "datapackage-digest.json");
      assertThat(wacz.getEntry(warcEntry).getMethod()).isEqualTo(ZipEntry.STORED);
      assertThat(json(wacz, "datapackage-digest.json").get("hash").getAsString())
          .isEqualTo("sha256:" + hex(bytes(wacz, "datapackage.json")));
      assertThat(bytes(wacz, warcEntry)).isEqualTo(Files.readAllBytes(archives.warc()));
      assertThat(bytes(wacz, "indexes/index.cdxj")).isEqualTo(Files.readAllBytes(archives.cdxj()));

      List<String> pages =
          new String(bytes(wacz, "pages/pages.jsonl"), StandardCharsets.UTF_8).lines().toList();
      assertThat(JsonParser.parseString(pages.get(0)).getAsJsonObject().get("format").getAsString())
          .isEqualTo("json-pages-1.0");
      Map<String, String> titles = new LinkedHashMap<>();
      for (String line : pages.subList(1, pages.size())) {
        JsonObject p = JsonParser.parseString(line).getAsJsonObject();
        assertThat(p.get("ts").getAsString()).isEqualTo(sources.sourceDateText());
        titles.put(p.get("url").getAsString(), p.get("title").getAsString());
      }
      for (String page : BakedSite.pages()) {
        if (!page.equals(SiteCrawl.NOT_FOUND_PAGE)) {
          assertThat(titles).containsEntry(base + page, Jsoup.parse(BakedSite.text(page)).title());
        }
      }
    }
  }

  private static JsonObject json(ZipFile zip, String name) throws IOException {
    return JsonParser.parseString(new String(bytes(zip, name), StandardCharsets.UTF_8))
        .getAsJsonObject();
  }

  private static byte[] bytes(ZipFile zip, String name) throws IOException {
    ZipEntry e = zip.getEntry(name);
    assertThat(e).as(name).isNotNull();
    try (var in = zip.getInputStream(e)) {
      return in.readAllBytes();
    }
  }

  private static WarcDigest sha256(byte[] bytes) throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    md.update(bytes);
    return new WarcDigest(md);
  }

  private static String hex(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
