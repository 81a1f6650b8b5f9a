package org.beihaiyatsushiro.site.archive;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.beihaiyatsushiro.site.base.Digests;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
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
   * The WARC file as written, with what the WACZ needs to pack it without reading it twice: its
   * size, CRC-32 and SHA-256 (computed while it was written), and its sorted CDXJ index.
   *
   * @param file the WARC file
   * @param size its size in bytes
   * @param crc32 its CRC-32, as a stored zip entry gives it
   * @param sha256 its labelled SHA-256 ({@link LabelledSha256#of})
   * @param cdxj the CDXJ index's bytes (UTF-8), also written beside the WARC
   */
  record WebArchive(Path file, long size, long crc32, String sha256, byte[] cdxj) {}

  /**
   * Writes the WARC and its CDXJ index in one pass over the files, as they come: each record goes
   * to the file as it is made, and its index line is written from the record's own headers and its
   * offset and length in the WARC, so the WARC is neither held in memory, read back nor
   * decompressed to index it.
   *
   * @param warcFile the WARC file; the index and the warcinfo record give its file name
   * @param cdxjFile the index's file
   * @param baseUrl the site's public address, ending in '/'
   * @param description what the archive holds, for the warcinfo record
   */
  static WebArchive write(
      Iterable<SiteFile> files,
      Path warcFile,
      Path cdxjFile,
      String baseUrl,
      Provenance provenance,
      String description)
      throws IOException {
    String filename = warcFile.getFileName().toString();
    Files.createDirectories(warcFile.toAbsolutePath().getParent());
    StringWriter cdxj = new StringWriter();
    CRC32 crc = new CRC32();
    MessageDigest sha256 = Digests.sha256Digest();
    try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(warcFile), 1 << 16);
        GzipMembers members =
            new GzipMembers(new DigestOutputStream(new CheckedOutputStream(file, crc), sha256));
        WarcWriter writer = new WarcWriter(members, WarcCompression.NONE);
        CdxWriter index = new CdxWriter(cdxj)) {
      index.setFormat(CdxFormat.CDXJ);
      index.setSort(true);
      Warcinfo info = warcinfo(filename, baseUrl, provenance, description);
      append(info, false, writer, members);
      for (SiteFile f : files) {
        Capture capture = capture(f, baseUrl, provenance, info.id());
        long offset = members.position();
        append(capture.record(), MediaTypes.isCompressed(f.path()), writer, members);
        // Writing consumes a record's body, so the index reads a fresh record of the same bytes.
        index.write(capture.record(), filename, offset, members.position() - offset);
      }
    }
    byte[] index = cdxj.toString().getBytes(StandardCharsets.UTF_8);
    Files.write(cdxjFile, index);
    return new WebArchive(
        warcFile, Files.size(warcFile), crc.getValue(), LabelledSha256.of(sha256), index);
  }

  /**
   * Appends a record to the WARC as a gzip member of its own, as the WARC standard's annex on
   * compression asks, so a replay can read any record from its offset. jwarc writes the record;
   * java.util.zip compresses it at the archive's level ({@link ReproducibleZip#DEFLATE_LEVEL}, the
   * fastest), or at level 0 (stored blocks, still a gzip member every reader inflates) when the
   * file is already compressed. jwarc's own compression always uses the best level (9), which took
   * five times the CPU of zlib's default level for a WARC 1.3 % smaller (3 × 1000 synthetic
   * articles: 8.97 MB instead of 9.08 MB).
   */
  private static void append(
      WarcRecord r, boolean payloadCompressed, WarcWriter writer, GzipMembers members)
      throws IOException {
    members.begin(payloadCompressed ? Deflater.NO_COMPRESSION : ReproducibleZip.DEFLATE_LEVEL);
    writer.write(r);
    members.end();
  }

  /**
   * The channel jwarc writes the WARC's records into: each record between {@link #begin} and {@link
   * #end} becomes one gzip member, written to the file as it is compressed.
   */
  private static final class GzipMembers implements WritableByteChannel {
    private final OutputStream file;
    private final CountingOutputStream out;
    private GZIPOutputStream member;

    GzipMembers(OutputStream file) {
      this.file = file;
      this.out = new CountingOutputStream(file);
    }

    /** The offset of the next member in the file. */
    long position() {
      return out.count;
    }

    void begin(int level) throws IOException {
      // GZIPOutputStream's header has no time and no file name: the member depends only on the
      // record.
      member =
          new GZIPOutputStream(out) {
            {
              def.setLevel(level);
            }
          };
    }

    void end() throws IOException {
      member.finish();
      // The deflater's memory is let go now, not when the collector finds it.
      member.close();
      member = null;
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
      int n = src.remaining();
      if (src.hasArray()) {
        member.write(src.array(), src.arrayOffset() + src.position(), n);
        src.position(src.limit());
      } else {
        byte[] bytes = new byte[n];
        src.get(bytes);
        member.write(bytes);
      }
      return n;
    }

    @Override
    public boolean isOpen() {
      return true;
    }

    /** Closes the file. */
    @Override
    public void close() throws IOException {
      file.close();
    }
  }

  /** Counts the bytes written through it; closing it leaves the stream under it open. */
  private static final class CountingOutputStream extends FilterOutputStream {
    long count;

    CountingOutputStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }

    @Override
    public void close() throws IOException {
      out.flush();
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
                LabelledSha256.of(fields.toString().getBytes(StandardCharsets.UTF_8))))
        .filename(filename)
        .fields(fields)
        .build();
  }

  /**
   * A file as a response record, its digests computed once: {@link #record} builds the record from
   * them as often as it is needed, its block (the HTTP header and the file's bytes) read from the
   * two arrays without copying them into one.
   */
  private record Capture(
      String url,
      Provenance provenance,
      URI warcinfoId,
      byte[] httpHeader,
      byte[] payload,
      String blockDigest,
      String payloadDigest) {
    WarcResponse record() {
      InputStream block =
          new SequenceInputStream(
              new ByteArrayInputStream(httpHeader), new ByteArrayInputStream(payload));
      return new WarcResponse.Builder(url)
          .version(MessageVersion.WARC_1_1)
          .date(provenance.sourceDate())
          .recordId(idOf("response", url, blockDigest))
          .warcinfoId(warcinfoId)
          .addHeader("WARC-Block-Digest", blockDigest)
          .addHeader("WARC-Payload-Digest", payloadDigest)
          .body(
              MediaType.HTTP_RESPONSE,
              Channels.newChannel(block),
              (long) httpHeader.length + payload.length)
          .build();
    }
  }

  private static Capture capture(SiteFile f, String baseUrl, Provenance provenance, URI warcinfoId)
      throws IOException {
    byte[] payload = f.bytes();
    HttpResponse http =
        new HttpResponse.Builder(200, "OK").body(MediaType.parse(f.mediaType()), payload).build();
    byte[] header = http.serializeHeader();
    MessageDigest block = Digests.sha256Digest();
    block.update(header);
    block.update(payload);
    return new Capture(
        urlOf(baseUrl, f.path()),
        provenance,
        warcinfoId,
        header,
        payload,
        LabelledSha256.of(block),
        f.sha256());
  }

  /**
   * A name-based UUID of the record's type, target and content (given as its {@link
   * LabelledSha256#of}): the same record, the same ID.
   */
  private static UUID idOf(String type, String target, String contentDigest) {
    String name = type + " " + target + " " + contentDigest;
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }
}
