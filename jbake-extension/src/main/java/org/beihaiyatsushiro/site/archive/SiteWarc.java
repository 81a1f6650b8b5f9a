package org.beihaiyatsushiro.site.archive;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;
import org.netpreserve.jwarc.cdx.CdxFormat;
import org.netpreserve.jwarc.cdx.CdxWriter;

/**
 * The site as a web archive: a WARC 1.1 file (written with jwarc) holding every file of the site as
 * the HTTP response a reader gets from its public URL (base URL + path), and its CDXJ index, the
 * two things a replay tool needs to show the site as it was published.
 *
 * <p>Nothing in it depends on when or where it is made: every record is dated with the source date,
 * every record ID is a name-based UUID derived from the record's content, the records follow the
 * sorted site paths, and each record is its own gzip member with no timestamp in its header.
 */
final class SiteWarc {
  private SiteWarc() {}

  /**
   * Writes the WARC file (gzip-compressed, {@code .warc.gz}).
   *
   * @param baseUrl the site's public address, ending in '/'
   * @param description what the archive holds, for the warcinfo record
   */
  static void write(
      List<SiteFile> files, String baseUrl, Provenance provenance, String description, Path warc)
      throws IOException {
    Files.createDirectories(warc.toAbsolutePath().getParent());
    try (FileChannel channel =
            FileChannel.open(
                warc,
                StandardOpenOption.WRITE,
                StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING);
        WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
      Warcinfo info = warcinfo(warc.getFileName().toString(), baseUrl, provenance, description);
      writer.write(info);
      for (SiteFile f : files) {
        writer.write(response(f, baseUrl, provenance, info.id()));
      }
    }
  }

  /** Writes the sorted CDXJ index of the WARC file, naming it as {@code filename}. */
  static void index(Path warc, String filename, Path cdxj) throws IOException {
    try (WarcReader reader = new WarcReader(warc);
        Writer out = Files.newBufferedWriter(cdxj, StandardCharsets.UTF_8);
        CdxWriter cdx = new CdxWriter(out)) {
      cdx.setFormat(CdxFormat.CDXJ);
      cdx.setSort(true);
      cdx.process(reader, filename);
    }
  }

  /** The public URL of a file of the site. */
  static String urlOf(String baseUrl, String sitePath) {
    try {
      return URI.create(baseUrl).resolve(new URI(null, null, sitePath, null)).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("no URL for the site path '" + sitePath + "'", e);
    }
  }

  private static Warcinfo warcinfo(
      String filename, String baseUrl, Provenance provenance, String description) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    fields.put("software", List.of(provenance.software()));
    fields.put("format", List.of("WARC File Format 1.1"));
    fields.put(
        "conformsTo",
        List.of("https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"));
    fields.put("description", List.of(description));
    fields.put("isPartOf", List.of(baseUrl));
    fields.put("source-commit", List.of(provenance.commit()));
    fields.put("source-date", List.of(provenance.sourceDateText()));
    return new Warcinfo.Builder()
        .version(MessageVersion.WARC_1_1)
        .date(provenance.sourceDate())
        .recordId(
            idOf(
                "warcinfo",
                filename,
                Digests.sha256(fields.toString().getBytes(StandardCharsets.UTF_8))))
        .filename(filename)
        .fields(fields)
        .build();
  }

  private static WarcResponse response(
      SiteFile f, String baseUrl, Provenance provenance, URI warcinfoId) throws IOException {
    byte[] payload = f.bytes();
    HttpResponse http =
        new HttpResponse.Builder(200, "OK").body(MediaType.parse(f.mediaType()), payload).build();
    byte[] header = http.serializeHeader();
    byte[] block = new byte[header.length + payload.length];
    System.arraycopy(header, 0, block, 0, header.length);
    System.arraycopy(payload, 0, block, header.length, payload.length);
    String url = urlOf(baseUrl, f.path());
    String blockDigest = Digests.sha256(block);
    return new WarcResponse.Builder(url)
        .version(MessageVersion.WARC_1_1)
        .date(provenance.sourceDate())
        .recordId(idOf("response", url, blockDigest))
        .warcinfoId(warcinfoId)
        .addHeader("WARC-Block-Digest", blockDigest)
        .addHeader("WARC-Payload-Digest", Digests.sha256(payload))
        .body(MediaType.HTTP_RESPONSE, block)
        .build();
  }

  /**
   * A name-based UUID of the record's type, target and content (given as its {@link
   * Digests#sha256}): the same record, the same ID.
   */
  private static UUID idOf(String type, String target, String contentDigest) {
    String name = type + " " + target + " " + contentDigest;
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }
}
