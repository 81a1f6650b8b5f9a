package org.beihaiyatsushiro.site.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.beihaiyatsushiro.site.base.SiteConfig;

/**
 * Archives a baked site for keeping offline, in the forms archivists use: a zip that opens from its
 * index.html, a BagIt bag with SHA-512 manifests, a WARC with its CDXJ index holding every file
 * under its public URL, and the WACZ package ReplayWeb.page opens.
 *
 * <p>{@code ./mvnw package} runs {@link #main} after JBake has baked the site and copied its assets
 * (JBake's rendering tools run before the assets are copied, so this cannot be one). Every archive
 * is reproducible: two builds of the same commit give the same bytes.
 */
public final class SiteArchive {
  private static final String TITLE = "Beihai and Yatsushiro, sister cities: the website";

  private SiteArchive() {}

  /**
   * Writes every archive of the site into {@code outDir}.
   *
   * @param site the baked site's root folder
   * @param baseUrl the site's public address, ending in '/'
   */
  public static ArchiveFiles write(Path site, Path outDir, String baseUrl, Provenance provenance)
      throws IOException {
    return write(site, outDir, baseUrl, provenance, List.of());
  }

  /**
   * Writes every archive of the site, with extra tag files in the bag (the SBOM of the bake's
   * classpath).
   */
  public static ArchiveFiles write(
      Path site, Path outDir, String baseUrl, Provenance provenance, List<Path> bagTagFiles)
      throws IOException {
    Objects.requireNonNull(provenance, "provenance");
    if (!baseUrl.endsWith("/")) {
      throw new IllegalArgumentException("the base URL must end in '/': " + baseUrl);
    }
    List<SiteFile> files = SiteFiles.of(site);
    ArchiveFiles out = ArchiveFiles.in(outDir);
    Files.createDirectories(outDir);
    String description = description(baseUrl, provenance);

    SiteZip.write(files, ArchiveFiles.zipFolder(), provenance.sourceDate(), out.zip());
    SiteBag.write(files, provenance, description, baseUrl, bagTagFiles, out.bag());
    SiteWarc.write(files, baseUrl, provenance, description, out.warc());
    SiteWarc.index(out.warc(), out.warc().getFileName().toString(), out.cdxj());
    SiteWacz.write(
        out.warc(),
        out.cdxj(),
        files,
        baseUrl,
        provenance,
        new SiteWacz.Description(TITLE, description, SiteWarc.urlOf(baseUrl, "index.html")),
        out.wacz());
    return out;
  }

  /**
   * Archives a baked site: {@code SiteArchive <site folder> <output folder> <project folder> [<tag
   * file>…]}. The base URL is the site's ({@code -Dsite.baseUrl} or jbake.properties in the project
   * folder); the provenance is read from the project folder's git repository; each tag file (the
   * bake's SBOM) goes into the bag beside bagit.txt.
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      throw new IllegalArgumentException(
          "usage: SiteArchive <baked site folder> <output folder> <project folder> [<tag file>…]");
    }
    Path site = Path.of(args[0]);
    Path outDir = Path.of(args[1]);
    Path project = Path.of(args[2]);
    List<Path> tagFiles = new ArrayList<>();
    for (int i = 3; i < args.length; i++) {
      tagFiles.add(Path.of(args[i]));
    }
    String baseUrl = SiteConfig.baseUrl(SiteConfig.readProperties(project)::getProperty);
    Provenance provenance = Provenance.of(project, System.getenv());
    ArchiveFiles out = write(site, outDir, baseUrl, provenance, tagFiles);
    System.out.println(
        "Archived the site at "
            + baseUrl
            + " (commit "
            + provenance.commit()
            + ", sources of "
            + provenance.sourceDateText()
            + "):");
    for (Path p : out.all()) {
      System.out.println("  " + p + " (" + size(p) + ")");
    }
  }

  private static String description(String baseUrl, Provenance provenance) {
    return "The commemorative website of the sister cities Beihai (China) and Yatsushiro (Japan)"
        + " in Simplified Chinese, Japanese and English, archived from its baked files as"
        + " published at "
        + baseUrl
        + " (sources: commit "
        + provenance.commit()
        + " of "
        + provenance.sourceDateText()
        + ").";
  }

  private static String size(Path p) throws IOException {
    long bytes;
    if (Files.isDirectory(p)) {
      try (var s = Files.walk(p)) {
        bytes = s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
      }
    } else {
      bytes = Files.size(p);
    }
    return bytes < 10 * 1024 ? bytes + " bytes" : (bytes + 512) / 1024 + " KiB";
  }
}
