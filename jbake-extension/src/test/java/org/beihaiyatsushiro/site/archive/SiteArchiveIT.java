package org.beihaiyatsushiro.site.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.exceptions.CorruptChecksumException;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.beihaiyatsushiro.site.testing.FixtureSite;
import org.beihaiyatsushiro.site.testing.TestFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.cdx.CdxFormat;
import org.netpreserve.jwarc.cdx.CdxWriter;

/**
 * Two bakes of the same sources, in two folders, give byte-identical sites and byte-identical
 * archives: nothing depends on the clock, the folder or the file system's order.
 */
class SiteArchiveIT {
  private static final String BASE_URL = "https://owner.github.io/some-repo/";
  private static final Provenance PROVENANCE =
      new Provenance(
          "0123456789abcdef0123456789abcdef01234567",
          Instant.parse("2022-09-29T03:04:05Z"),
          "the archive's test");

  @TempDir static Path bakes;
  private static Path first;
  private static Path second;

  @TempDir Path dir;

  @BeforeAll
  static void bakeTheSameSourcesTwiceInTwoFolders() {
    first = bake(bakes.resolve("one"));
    second = bake(bakes.resolve("two"));
  }

  @Test
  void twoBakesAndArchivesOfTheSameSourcesAreByteIdentical() throws Exception {
    assertThat(hashes(second)).isEqualTo(hashes(first)).containsKey("en/beihai.html");

    ArchiveFiles a = SiteArchive.write(first, dir.resolve("archive-one"), BASE_URL, PROVENANCE);
    ArchiveFiles b = SiteArchive.write(second, dir.resolve("archive-two"), BASE_URL, PROVENANCE);

    Map<String, String> archived = hashes(dir.resolve("archive-one"));
    assertThat(hashes(dir.resolve("archive-two"))).isEqualTo(archived);
    assertThat(archived)
        .containsKeys(
            "beihai-yatsushiro-site.zip",
            "beihai-yatsushiro.warc.gz",
            "beihai-yatsushiro.cdxj",
            "beihai-yatsushiro.wacz",
            "beihai-yatsushiro-bag/bag-info.txt",
            "beihai-yatsushiro-bag/data/en/beihai.html");
    assertThat(a.all()).hasSameSizeAs(b.all());
    // The pictures' variants are files of the site like any other: in the bag, the WARC and its
    // index (and the zip, below), the same bytes from two bakes with caches of their own.
    List<String> variants =
        hashes(first).keySet().stream().filter(k -> k.startsWith("images/")).toList();
    assertThat(variants)
        .hasSize(2 * 3)
        .anyMatch(v -> v.matches("images/harbour\\.[0-9a-f]{10}-960\\.webp"));
    String index = Files.readString(dir.resolve("archive-one/beihai-yatsushiro.cdxj"));
    for (String variant : variants) {
      assertThat(archived).containsKey("beihai-yatsushiro-bag/data/" + variant);
      assertThat(index).contains(variant);
    }
  }

  @Test
  void theBagCarriesTheBakesSbomAsATagFileThatItsVerifierChecks() throws Exception {
    Path sbom = Files.writeString(dir.resolve("bake-classpath.cdx.json"), "{\"bomFormat\":1}\n");

    ArchiveFiles out =
        SiteArchive.write(first, dir.resolve("archive"), BASE_URL, PROVENANCE, List.of(sbom));

    Path copy = out.bag().resolve("bake-classpath.cdx.json");
    assertThat(copy).hasSameBinaryContentAs(sbom);
    assertThat(Files.readString(out.bag().resolve("tagmanifest-sha512.txt")))
        .contains(sha512(Files.readAllBytes(sbom)) + "  bake-classpath.cdx.json");
    Bag bag = new BagReader().read(out.bag());
    try (BagVerifier verifier = new BagVerifier()) {
      verifier.isValid(bag, false);
      Files.writeString(copy, "{\"bomFormat\":2}\n");
      Bag changed = new BagReader().read(out.bag());
      assertThatThrownBy(() -> verifier.isValid(changed, false))
          .isInstanceOf(CorruptChecksumException.class)
          .hasMessageContaining("bake-classpath.cdx.json");
    }
  }

  @Test
  void aBagLeftByAnEarlierBuildIsRefreshedInPlaceToTheBagAFreshBuildMakes() throws Exception {
    Path sbom = Files.writeString(dir.resolve("bake-classpath.cdx.json"), "{\"bomFormat\":1}\n");
    ArchiveFiles fresh =
        SiteArchive.write(first, dir.resolve("fresh"), BASE_URL, PROVENANCE, List.of(sbom));
    // An earlier build's bag: a page since deleted, a page since changed, one still the same,
    // an older SBOM, and a link someone left in it (pointing outside, where nothing may be
    // written).
    Path outside = Files.writeString(dir.resolve("outside.txt"), "not the bag's");
    ArchiveFiles earlier =
        SiteArchive.write(first, dir.resolve("earlier"), BASE_URL, PROVENANCE, List.of(sbom));
    Path data = earlier.bag().resolve("data");
    Files.writeString(Files.createDirectories(data.resolve("en/gone")).resolve("old.html"), "old");
    Files.writeString(data.resolve("en/beihai.html"), "changed since");
    Path unchanged = data.resolve("ja/index.html");
    // Its change time moves with any write or new date: a kept file is not touched at all.
    Object before = Files.getAttribute(unchanged, "unix:ctime");
    Thread.sleep(20);
    Files.writeString(earlier.bag().resolve("bake-classpath.cdx.json"), "{\"bomFormat\":0}\n");

    SiteArchive.write(first, dir.resolve("earlier"), BASE_URL, PROVENANCE, List.of(sbom));

    assertThat(hashes(earlier.bag())).isEqualTo(hashes(fresh.bag()));
    assertThat(data.resolve("en/gone")).doesNotExist();
    assertThat(Files.getAttribute(unchanged, "unix:ctime")).isEqualTo(before);
    try (BagVerifier verifier = new BagVerifier()) {
      verifier.isValid(new BagReader().read(earlier.bag()), false);
    }

    Files.delete(data.resolve("en/beihai.html"));
    Files.createSymbolicLink(data.resolve("en/beihai.html"), outside);
    SiteArchive.write(first, dir.resolve("earlier"), BASE_URL, PROVENANCE, List.of(sbom));
    assertThat(outside).hasContent("not the bag's");
    assertThat(Files.isSymbolicLink(data.resolve("en/beihai.html"))).isFalse();
    assertThat(hashes(earlier.bag())).isEqualTo(hashes(fresh.bag()));

    // A page that was a folder, and a folder that was a file, in the earlier build's bag.
    Files.delete(data.resolve("en/beihai.html"));
    Files.writeString(
        Files.createDirectories(data.resolve("en/beihai.html")).resolve("x.html"), "old");
    TestFiles.deleteTree(data.resolve("img"));
    Files.writeString(data.resolve("img"), "a file where the site has a folder");
    SiteArchive.write(first, dir.resolve("earlier"), BASE_URL, PROVENANCE, List.of(sbom));
    assertThat(hashes(earlier.bag())).isEqualTo(hashes(fresh.bag()));
  }

  @Test
  void aBagFileWithASecondNameElsewhereIsNotWrittenThrough() throws Exception {
    Path out = dir.resolve("out");
    SiteArchive.write(first, out, BASE_URL, PROVENANCE);
    Path page = out.resolve("beihai-yatsushiro-bag/data/en/beihai.html");
    String archived = Files.readString(page);
    Path elsewhere = Files.createLink(dir.resolve("kept-beihai.html"), page);
    Path changed = dir.resolve("changed-site");
    FixtureSite.copyTree(first, changed);
    Files.writeString(
        changed.resolve("en/beihai.html"), archived.replace("A port city.", "Changed."));

    SiteArchive.write(changed, out, BASE_URL, PROVENANCE);

    assertThat(Files.readString(elsewhere)).isEqualTo(archived);
    assertThat(Files.readString(page)).contains("Changed.");
  }

  @Test
  void anotherSourceDateGivesAnotherArchive() throws Exception {
    Path site = first;
    Provenance later =
        new Provenance(PROVENANCE.commit(), Instant.parse("2022-10-01T00:00:00Z"), "test");

    SiteArchive.write(site, dir.resolve("a"), BASE_URL, PROVENANCE);
    SiteArchive.write(site, dir.resolve("b"), BASE_URL, later);

    assertThat(hash(dir.resolve("b/beihai-yatsushiro-site.zip")))
        .isNotEqualTo(hash(dir.resolve("a/beihai-yatsushiro-site.zip")));
    assertThat(Files.readString(dir.resolve("b/beihai-yatsushiro-bag/bag-info.txt")))
        .contains("Bagging-Date: 2022-10-01");
  }

  @Test
  void theZipUnpacksIntoOneFolderWithTheSiteSortedAndDatedByTheSources() throws Exception {
    Path site = first;

    ArchiveFiles out = SiteArchive.write(site, dir.resolve("out"), BASE_URL, PROVENANCE);

    List<String> names = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(out.zip()))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        names.add(e.getName());
        assertThat(e.getTimeLocal()).isEqualTo(LocalDateTime.parse("2022-09-29T03:04:04"));
        String path = e.getName().substring("beihai-yatsushiro-site/".length());
        assertThat(zip.readAllBytes()).as(path).isEqualTo(Files.readAllBytes(site.resolve(path)));
      }
    }
    assertThat(names)
        .isSorted()
        .allMatch(n -> n.startsWith("beihai-yatsushiro-site/"))
        .contains("beihai-yatsushiro-site/index.html", "beihai-yatsushiro-site/en/beihai.html")
        .hasSize(hashes(site).size());
  }

  @Test
  void theCdxjIndexMadeWhileWritingTheWarcIsTheOneJwarcMakesByReadingItBack() throws Exception {
    ArchiveFiles out = SiteArchive.write(first, dir.resolve("out"), BASE_URL, PROVENANCE);

    StringWriter readBack = new StringWriter();
    try (WarcReader reader = new WarcReader(out.warc());
        CdxWriter cdx = new CdxWriter(readBack)) {
      List<String> warnings = new ArrayList<>();
      reader.onWarning(warnings::add);
      cdx.setFormat(CdxFormat.CDXJ);
      cdx.setSort(true);
      cdx.process(reader, out.warc().getFileName().toString());
      assertThat(warnings).isEmpty();
    }
    assertThat(Files.readString(out.cdxj()))
        .isEqualTo(readBack.toString())
        .contains(BASE_URL + "en/beihai.html");
  }

  @Test
  void aFailureOnOneArchivesThreadIsReportedAsItselfAndTheFolderInTheBagsPlaceIsKept()
      throws Exception {
    Path out = dir.resolve("out");
    Path notABag = Files.createDirectories(ArchiveFiles.in(out).bag());
    Files.writeString(notABag.resolve("notes.txt"), "mine");

    assertThatThrownBy(() -> SiteArchive.write(first, out, BASE_URL, PROVENANCE))
        .isExactlyInstanceOf(IOException.class)
        .hasMessage(
            notABag + " exists and is not a bag; it is not replaced (move it away or delete it)");
    assertThat(notABag.resolve("notes.txt")).hasContent("mine");
    // The other writers stopped, and what they wrote is gone: no archive looks whole.
    try (Stream<Path> s = Files.list(out)) {
      assertThat(s).containsExactly(notABag);
    }
  }

  @Test
  void aFileTooLargeToHoldInMemoryIsRefusedSayingHowToGiveTheBuildMore() throws Exception {
    Path site = dir.resolve("site");
    FixtureSite.copyTree(first, site);
    Files.write(site.resolve("en/report.pdf"), new byte[2 << 20]);

    assertThatThrownBy(() -> SiteFiles.of(site, 1 << 20))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "en/report.pdf: holds 2.0 MiB, more than the archive can hold in this Java's memory"
                + " at once (1.0 MiB, a quarter of what it may use): nothing was archived (give the"
                + " build more memory, e.g. MAVEN_OPTS=-Xmx520m)");
  }

  @Test
  void imagesAreStoredAndPagesDeflatedInTheZipAndTheWacz() throws Exception {
    ArchiveFiles out = SiteArchive.write(first, dir.resolve("out"), BASE_URL, PROVENANCE);

    Map<String, Integer> methods = new TreeMap<>();
    try (ZipFile zip = new ZipFile(out.zip().toFile())) {
      zip.stream().forEach(e -> methods.put(e.getName(), e.getMethod()));
    }
    String folder = "beihai-yatsushiro-site/";
    assertThat(methods)
        .containsEntry(folder + "img/map.png", ZipEntry.STORED)
        .containsEntry(folder + "index.html", ZipEntry.DEFLATED)
        .containsEntry(folder + "en/beihai.html", ZipEntry.DEFLATED)
        .containsEntry(folder + "css/site.css", ZipEntry.DEFLATED);
    List<String> pictures =
        methods.keySet().stream().filter(n -> n.startsWith(folder + "images/")).toList();
    assertThat(pictures).hasSize(6).allMatch(p -> methods.get(p) == ZipEntry.STORED);

    try (ZipFile wacz = new ZipFile(out.wacz().toFile())) {
      assertThat(wacz.getEntry("archive/beihai-yatsushiro.warc.gz").getMethod())
          .isEqualTo(ZipEntry.STORED);
      assertThat(wacz.getEntry("indexes/index.cdxj").getMethod()).isEqualTo(ZipEntry.DEFLATED);
      assertThat(wacz.getEntry("pages/pages.jsonl").getMethod()).isEqualTo(ZipEntry.DEFLATED);
    }
  }

  @Test
  void theWarcRecordOfAnImageIsAStoredGzipMemberThatReplaysToTheSameBytes() throws Exception {
    ArchiveFiles out = SiteArchive.write(first, dir.resolve("out"), BASE_URL, PROVENANCE);

    byte[] warc = Files.readAllBytes(out.warc());
    Map<String, Integer> blockTypes = new TreeMap<>();
    for (String line : Files.readAllLines(out.cdxj())) {
      JsonObject fields = JsonParser.parseString(line.split(" ", 3)[2]).getAsJsonObject();
      String path = fields.get("url").getAsString().substring(BASE_URL.length());
      int offset = Integer.parseInt(fields.get("offset").getAsString());
      // A gzip member: a 10-byte header (no name, no extra field), then deflate blocks, whose
      // first header byte says in bits 1 and 2 how the block is coded (0: stored as it is).
      assertThat(warc[offset] & 0xff).isEqualTo(0x1f);
      assertThat(warc[offset + 3]).as("gzip flags").isZero();
      blockTypes.put(path, (warc[offset + 10] >> 1) & 3);

      try (WarcReader reader =
          new WarcReader(
              java.nio.channels.Channels.newChannel(
                  new java.io.ByteArrayInputStream(
                      warc, offset, Integer.parseInt(fields.get("length").getAsString()))))) {
        WarcResponse record = (WarcResponse) reader.next().orElseThrow();
        assertThat(record.http().body().stream().readAllBytes())
            .as(path)
            .isEqualTo(Files.readAllBytes(first.resolve(path)));
      }
    }
    assertThat(blockTypes).containsEntry("img/map.png", 0).hasSize(hashes(first).size());
    blockTypes.forEach(
        (path, type) -> {
          if (path.startsWith("images/") || path.endsWith(".png")) {
            assertThat(type).as(path + " is stored").isZero();
          } else if (path.endsWith(".html")) {
            assertThat(type).as(path + " is deflated").isNotZero();
          }
        });
  }

  @Test
  void filesLargerThanTheHandoffsBoundAreArchivedAsWithTheUsualBound() throws Exception {
    long largest;
    try (Stream<Path> s = Files.walk(first)) {
      largest = s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).max().orElse(0);
    }
    assertThat(largest).as("the site's largest file").isGreaterThan(10 * 1024);

    SiteArchive.write(first, dir.resolve("usual"), BASE_URL, PROVENANCE, List.of());
    SiteArchive.write(
        SiteFiles.of(first), dir.resolve("tight"), BASE_URL, PROVENANCE, List.of(), 1024);

    assertThat(hashes(dir.resolve("tight"))).isEqualTo(hashes(dir.resolve("usual")));
  }

  @Test
  void aTextFileThatIsNotUtf8IsNamedAndNothingIsPublishedWrongly() throws Exception {
    Path site = dir.resolve("site");
    FixtureSite.copyTree(first, site);
    Files.write(
        site.resolve("css/latin1.css"), "/* caf\u00e9 */".getBytes(StandardCharsets.ISO_8859_1));

    Path out = dir.resolve("out");
    assertThatThrownBy(() -> SiteArchive.write(site, out, BASE_URL, PROVENANCE))
        .hasMessageContaining("css/latin1.css: is not UTF-8 text");
    // The files before it were archived as they were read: what was written is deleted, so that
    // no archive is left that looks whole.
    try (Stream<Path> s = Files.list(out)) {
      assertThat(s).isEmpty();
    }
  }

  @Test
  void aBakedSiteHoldingALinkIsRefusedWholeAndNothingIsArchived() throws Exception {
    Path site = dir.resolve("site");
    FixtureSite.copyTree(first, site);
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.writeString(outside.resolve("passwd"), "root:x:0:0");
    Files.createSymbolicLink(site.resolve("en/passwd.svg"), outside.resolve("passwd"));
    Files.createSymbolicLink(site.resolve("img/outside"), outside);
    Files.createSymbolicLink(site.resolve("en/copy.html"), Path.of("beihai.html"));
    Path out = dir.resolve("out");

    assertThatThrownBy(() -> SiteArchive.write(site, out, BASE_URL, PROVENANCE))
        .isInstanceOf(UnsafeSiteException.class)
        .hasMessage(
            "the baked site in "
                + site
                + " holds what no archive may hold, so nothing was archived:\n"
                + "  en/copy.html is a symbolic link to beihai.html\n"
                + "  en/passwd.svg is a symbolic link to "
                + outside.resolve("passwd")
                + "\n"
                + "  img/outside is a symbolic link to "
                + outside
                + "\n(only regular files inside the site's folder are archived: bake again from"
                + " sources that ./check-content passes)");
    assertThat(out).doesNotExist();
  }

  @Test
  void aBakedSiteWhoseFolderIsALinkIsArchivedFromWhereItReallyIs() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("site-link"), first);

    SiteArchive.write(link, dir.resolve("via-link"), BASE_URL, PROVENANCE);
    SiteArchive.write(first, dir.resolve("direct"), BASE_URL, PROVENANCE);

    assertThat(hashes(dir.resolve("via-link"))).isEqualTo(hashes(dir.resolve("direct")));
  }

  @Test
  void aFolderWithoutABakedSiteIsRefused() {
    assertThatThrownBy(
            () ->
                SiteArchive.write(dir.resolve("nothing"), dir.resolve("out"), BASE_URL, PROVENANCE))
        .hasMessageContaining("no baked site in");
  }

  @Test
  void aLargeSiteIsArchivedInAJvmOfItsOwnOnlyFromAJvmWithOnlyTheQuickCompiler() {
    List<String> quick = List.of("-Xmx1g", "-XX:TieredStopAtLevel=1");
    long large = SiteArchive.OWN_JVM_BYTES;
    assertThat(SiteArchive.wantsOwnJvm(() -> large, quick, false)).isTrue();
    assertThat(SiteArchive.wantsOwnJvm(() -> large - 1, quick, false)).isFalse();
    assertThat(SiteArchive.wantsOwnJvm(() -> large, List.of("-Xmx1g"), false)).isFalse();
    assertThat(SiteArchive.wantsOwnJvm(() -> large, quick, true)).isFalse();
  }

  @Test
  void theSiteIsMeasuredOnlyAsFarAsTheChoiceOfJvmNeeds() throws IOException {
    Path site = Files.createDirectories(dir.resolve("measured/en"));
    for (String name : List.of("a.html", "b.html", "c.html")) {
      Files.write(site.resolve(name), new byte[10]);
    }
    Path root = site.getParent();

    assertThat(SiteArchive.sizeUpTo(root, 1000)).isEqualTo(30);
    assertThat(SiteArchive.sizeUpTo(root, 15)).isEqualTo(20);
    assertThat(SiteArchive.sizeUpTo(dir.resolve("no site"), 15)).isZero();
  }

  @Test
  void archivedInAJvmOfItsOwnTheArchivesAreTheBytesOfThisJvms() throws Exception {
    Path project = bakes.resolve("one");
    // A setting given with -D (as the Pages workflow gives site.baseUrl) holds in both.
    String before = System.getProperty("site.baseUrl");
    System.setProperty("site.baseUrl", "https://example.github.io/elsewhere/");
    try {
      SiteArchive.main(
          new String[] {first.toString(), dir.resolve("here").toString(), project.toString()});
      SiteArchive.archiveInOwnJvm(
          new String[] {first.toString(), dir.resolve("own").toString(), project.toString()});
    } finally {
      if (before == null) {
        System.clearProperty("site.baseUrl");
      } else {
        System.setProperty("site.baseUrl", before);
      }
    }
    assertThat(Files.readString(dir.resolve("own/beihai-yatsushiro.cdxj")))
        .contains("https://example.github.io/elsewhere/");

    Map<String, String> here = hashes(dir.resolve("here"));
    assertThat(here).containsKeys("beihai-yatsushiro.wacz", "beihai-yatsushiro-bag/bagit.txt");
    assertThat(hashes(dir.resolve("own"))).isEqualTo(here);

    // Its failure fails the build with its message, and no stack trace.
    Path noSite = Files.createDirectories(dir.resolve("no-site"));
    String[] args = {noSite.toString(), dir.resolve("none").toString(), project.toString()};
    assertThatThrownBy(() -> SiteArchive.archiveInOwnJvm(args))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no baked site in " + noSite + " (no index.html): bake the site first");
  }

  @Test
  void theArchivesCommandReadsTheSettingsAsTheBakeDoesAndRefusesWrongOnesNamingEach()
      throws IOException {
    Path project = Files.createDirectories(dir.resolve("project"));
    Files.writeString(
        project.resolve("jbake.properties"),
        "site.baseUrl=ftp://owner.github.io/repo/\nsite.colour=blue\n",
        StandardCharsets.UTF_8);
    // The messages come from the project's tables, as in the build.
    FixtureSite.copyTree(
        FixtureSite.PROJECT.resolve("data/messages"), project.resolve("data/messages"));
    String[] args = {first.toString(), dir.resolve("out").toString(), project.toString()};

    assertThatThrownBy(() -> SiteArchive.main(args))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "The site is not archived, its settings are wrong:\n"
                + "jbake.properties:2: site.colour is not a setting of this site (check its"
                + " spelling; the settings are asset.folder, content.folder, data.folder,"
                + " db.store, default.status, default.type, render.archive, render.encoding,"
                + " render.error404, render.feed, render.index, render.sitemap, render.tags,"
                + " render.tagsindex, site.asOf, site.baseUrl, site.editUrl, site.messages,"
                + " site.publishFuture, site.translations.strict, template.encoding,"
                + " template.folder)\n"
                + "jbake.properties:1: site.baseUrl is 'ftp://owner.github.io/repo/' but must be"
                + " the site's absolute address, such as https://owner.github.io/repo/ (set it in"
                + " jbake.properties or with -Dsite.baseUrl=…)");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  private static Path bake(Path root) {
    FixtureSite.Result result =
        FixtureSite.withRealTheme(root)
            .write("content/en/index.md", FixtureSite.page("Beihai & Yatsushiro", "home"))
            .write("content/ja/index.md", FixtureSite.page("北海と八代", "home"))
            .write("content/en/timeline.md", FixtureSite.page("Timeline", "timeline"))
            .write(
                "content/en/beihai.md", FixtureSite.article("Beihai", "2022-09-29", "A port city."))
            .writeBytes("assets/img/map.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2})
            .writeBytes("images/harbour.jpg", photograph())
            .write(
                "images/harbour.jpg.yml",
                "caption:\n  zh: 港\n  ja: 港\n  en: Harbour\ncredit: Test\nlicence: CC0-1.0\n")
            .write(
                "content/en/harbour.md",
                FixtureSite.article(
                    "Harbour", "2022-09-29", "![The harbour](../../images/harbour.jpg)"))
            .bake();
    assertThat(result.errors()).isEmpty();
    return result.output();
  }

  /** A 1000 × 600 photograph with a gradient, so that its variants are not trivially small. */
  private static byte[] photograph() {
    java.awt.image.BufferedImage image =
        new java.awt.image.BufferedImage(1000, 600, java.awt.image.BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 600; y++) {
      for (int x = 0; x < 1000; x++) {
        image.setRGB(x, y, (x / 4) << 16 | (y / 3) << 8 | 128);
      }
    }
    try {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      javax.imageio.ImageIO.write(image, "jpeg", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The SHA-256 of every file under a folder, by relative path. */
  private static Map<String, String> hashes(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(p).toString().replace('\\', '/'), hash(p));
      }
    }
    return out;
  }

  private static String hash(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String sha512(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(bytes));
  }
}
