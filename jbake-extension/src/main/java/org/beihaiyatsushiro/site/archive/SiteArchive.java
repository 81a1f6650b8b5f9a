package org.beihaiyatsushiro.site.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.beihaiyatsushiro.site.base.Problems;
import org.beihaiyatsushiro.site.base.SiteConfig;
import org.beihaiyatsushiro.site.base.SitePaths;
import org.beihaiyatsushiro.site.i18n.ProblemText;

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
    String warcName = out.warc().getFileName().toString();

    // Every archive is made from the same bytes, each on a thread of its own; only the WACZ waits,
    // for the WARC and CDXJ it packs and the list of pages.
    ExecutorService threads = Executors.newFixedThreadPool(4, SiteArchive::archiveThread);
    try {
      CompletableFuture<Void> zip =
          run(
              threads,
              () ->
                  SiteZip.write(
                      files, ArchiveFiles.zipFolder(), provenance.sourceDate(), out.zip()));
      CompletableFuture<Void> bag =
          run(
              threads,
              () -> SiteBag.write(files, provenance, description, baseUrl, bagTagFiles, out.bag()));
      CompletableFuture<byte[]> pages =
          CompletableFuture.supplyAsync(() -> SiteWacz.pages(files, baseUrl, provenance), threads);
      CompletableFuture<SiteWarc.WebArchive> web =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  SiteWarc.WebArchive w =
                      SiteWarc.make(files, warcName, baseUrl, provenance, description);
                  w.writeTo(out.warc(), out.cdxj());
                  return w;
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              },
              threads);
      CompletableFuture<Void> wacz =
          web.thenAcceptBothAsync(
              pages,
              (w, p) -> {
                try {
                  SiteWacz.write(
                      w,
                      warcName,
                      p,
                      provenance,
                      new SiteWacz.Description(
                          TITLE, description, SiteWarc.urlOf(baseUrl, SitePaths.CHOOSER)),
                      out.wacz());
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              },
              threads);
      awaitAll(zip, bag, wacz);
    } finally {
      threads.shutdownNow();
    }
    return out;
  }

  /** Something that writes an archive. */
  private interface ArchiveWriter {
    void write() throws IOException;
  }

  private static CompletableFuture<Void> run(ExecutorService threads, ArchiveWriter writer) {
    return CompletableFuture.runAsync(
        () -> {
          try {
            writer.write();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        },
        threads);
  }

  /**
   * Waits for every archive to be written, and throws the first failure as it was thrown (an I/O
   * error as an {@link IOException}), not wrapped in the threads' exceptions.
   */
  private static void awaitAll(CompletableFuture<?>... archives) throws IOException {
    try {
      CompletableFuture.allOf(archives).join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  private static Thread archiveThread(Runnable task) {
    Thread t = new Thread(task, "site-archive");
    // A daemon, so that a failed archive never keeps the build's JVM waiting.
    t.setDaemon(true);
    return t;
  }

  /**
   * Archives a baked site: {@code SiteArchive <site folder> <output folder> <project folder> [<tag
   * file>…]}. The site's settings are read once, as the bake reads them ({@link SiteConfig#read}:
   * jbake.properties in the project folder, {@code -Dsite.baseUrl} winning), for the base URL and
   * the source folders of the provenance, which is read from the project folder's git repository;
   * each tag file (the bake's SBOM) goes into the bag beside bagit.txt.
   *
   * @throws IllegalArgumentException listing every wrong setting (the bake refuses them first, so
   *     the build never gets here with one)
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
    SiteConfig.Reading settings = SiteConfig.read(project, site);
    if (!settings.problems().isEmpty()) {
      ProblemText text = ProblemText.load(settings.config(), new Problems());
      throw new IllegalArgumentException(
          "The site is not archived, its settings are wrong:\n"
              + String.join("\n", settings.problems().stream().map(text::line).toList()));
    }
    String baseUrl = settings.config().baseUrl();
    Provenance provenance = Provenance.of(settings.config(), System.getenv());
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
