package org.beihaiyatsushiro.site.archive;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongSupplier;
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
   * The most bytes of read files waiting for one writer: a writer that falls behind holds up the
   * reading, not the memory. Large enough that the writers seldom wait for each other.
   */
  static final long HANDOFF_BYTES = 16L << 20;

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
    return write(SiteFiles.of(site), outDir, baseUrl, provenance, bagTagFiles, HANDOFF_BYTES);
  }

  /**
   * Writes every archive of a site already listed and checked ({@link SiteFiles#of}), each file
   * read once and handed to every writer.
   *
   * <p>The site is listed and checked first (links and special files refused before anything is
   * written); then this thread reads the files in their sorted order and hands each to the zip, the
   * bag, the WARC and the list of pages, each writing on a thread of its own and each behind a
   * {@link FileHandoff} of {@code handoffBytes}. So the memory the archive needs is about one
   * hand-off and the largest file, whatever the site's size. The WACZ is packed last, from the WARC
   * file. Should anything fail, the first failure is thrown as it was, and no archive of this run
   * is left behind, half-written.
   */
  static ArchiveFiles write(
      SiteFiles files,
      Path outDir,
      String baseUrl,
      Provenance provenance,
      List<Path> bagTagFiles,
      long handoffBytes)
      throws IOException {
    Objects.requireNonNull(provenance, "provenance");
    if (!baseUrl.endsWith("/")) {
      throw new IllegalArgumentException("the base URL must end in '/': " + baseUrl);
    }
    ArchiveFiles out = ArchiveFiles.in(outDir);
    Files.createDirectories(outDir);
    String description = description(baseUrl, provenance);

    FileHandoff toZip = new FileHandoff(handoffBytes);
    FileHandoff toBag = new FileHandoff(handoffBytes);
    FileHandoff toWarc = new FileHandoff(handoffBytes);
    FileHandoff toPages = new FileHandoff(handoffBytes);
    List<FileHandoff> handoffs = List.of(toZip, toBag, toWarc, toPages);
    Failures failures = new Failures();
    ExecutorService threads = Executors.newFixedThreadPool(4, SiteArchive::archiveThread);
    try {
      CompletableFuture<Void> zip =
          run(
              threads,
              toZip,
              failures,
              () -> {
                SiteZip.write(toZip, ArchiveFiles.zipFolder(), provenance.sourceDate(), out.zip());
                return null;
              });
      CompletableFuture<Void> bag =
          run(
              threads,
              toBag,
              failures,
              () -> {
                SiteBag.write(
                    toBag,
                    files.sitePaths(),
                    provenance,
                    description,
                    baseUrl,
                    bagTagFiles,
                    out.bag());
                return null;
              });
      CompletableFuture<byte[]> pages =
          run(threads, toPages, failures, () -> SiteWacz.pages(toPages, baseUrl, provenance));
      CompletableFuture<SiteWarc.WebArchive> web =
          run(
              threads,
              toWarc,
              failures,
              () ->
                  SiteWarc.write(toWarc, out.warc(), out.cdxj(), baseUrl, provenance, description));
      CompletableFuture<Void> wacz =
          web.thenAcceptBothAsync(
              pages,
              (w, p) -> {
                try {
                  SiteWacz.write(
                      w,
                      out.warc().getFileName().toString(),
                      p,
                      provenance,
                      new SiteWacz.Description(
                          TITLE, description, SiteWarc.urlOf(baseUrl, SitePaths.CHOOSER)),
                      out.wacz());
                } catch (IOException | RuntimeException | Error e) {
                  failures.add(e);
                }
              },
              threads);

      read(files, handoffs, failures);
      // A writer's failure is recorded by the writer; the futures' own exceptions only repeat it.
      CompletableFuture.allOf(zip, bag, pages, web, wacz).exceptionally(e -> null).join();
    } finally {
      threads.shutdownNow();
    }
    if (failures.first() != null) {
      deletePartial(out);
      failures.rethrow();
    }
    return out;
  }

  /**
   * Reads each file once, in order, and hands it to every writer; stops at the first failure,
   * whether its own or a writer's, and then tells every writer to stop.
   */
  private static void read(SiteFiles files, List<FileHandoff> handoffs, Failures failures) {
    try {
      for (SiteFiles.Listed listed : files.files()) {
        if (failures.first() != null) {
          break;
        }
        SiteFile file = SiteFiles.read(listed);
        for (FileHandoff h : handoffs) {
          h.put(file);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failures.add(e);
    } catch (RuntimeException | Error e) {
      failures.add(e);
    }
    for (FileHandoff h : handoffs) {
      if (failures.first() == null) {
        h.end();
      } else {
        h.fail();
      }
    }
  }

  /** Something that writes an archive from the files handed to it. */
  private interface ArchiveWriter<T> {
    T write() throws IOException;
  }

  /**
   * Runs a writer on a thread of its own. Should it fail, its failure is recorded and its hand-off
   * abandoned, so the reader never waits for it.
   */
  private static <T> CompletableFuture<T> run(
      ExecutorService threads, FileHandoff handoff, Failures failures, ArchiveWriter<T> writer) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return writer.write();
          } catch (FileHandoff.ReadingStopped e) {
            // The reader's failure is the one to report.
            throw e;
          } catch (IOException | RuntimeException | Error e) {
            failures.add(e);
            handoff.abandon();
            throw new CompletionException(e);
          }
        },
        threads);
  }

  /** The failures of one run, in the order they happened: the first is the one reported. */
  private static final class Failures {
    private final List<Throwable> all = new ArrayList<>();

    synchronized void add(Throwable t) {
      all.add(t);
    }

    synchronized Throwable first() {
      return all.isEmpty() ? null : all.get(0);
    }

    /** Throws the first failure as it was thrown: an I/O error as an {@link IOException}. */
    void rethrow() throws IOException {
      Throwable first = first();
      if (first instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      if (first instanceof IOException io) {
        throw io;
      }
      if (first instanceof RuntimeException r) {
        throw r;
      }
      if (first instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("the archive was interrupted", first);
    }
  }

  /**
   * Deletes what a failed run wrote, so that no half-written archive looks like a whole one: the
   * archive files, and the bag if it is one. Whatever else lies in their place (a folder that was
   * there before, not a bag) is kept.
   */
  private static void deletePartial(ArchiveFiles out) {
    for (Path file : List.of(out.zip(), out.warc(), out.cdxj(), out.wacz())) {
      try {
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
          Files.delete(file);
        }
      } catch (IOException e) {
        // The failure that stopped the archive is the one to report; this one would hide it.
      }
    }
    try {
      SiteBag.deleteIfABag(out.bag());
    } catch (IOException e) {
      // As above.
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
    String failureFile = System.getProperty(OWN_JVM_PROPERTY);
    if (failureFile == null) {
      archive(args);
      return;
    }
    // The archive's own JVM: its failure goes to the file the build's JVM reads it from.
    try {
      archive(args);
    } catch (IOException | RuntimeException e) {
      String told = e.getMessage() != null ? e.getMessage() : e.toString();
      if (e.getMessage() == null) {
        e.printStackTrace();
      }
      Files.writeString(Path.of(failureFile), told, StandardCharsets.UTF_8);
      System.exit(1);
    }
  }

  private static void archive(String[] args) throws IOException {
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
    if (wantsOwnJvm(
        () -> sizeUpTo(site, OWN_JVM_BYTES),
        ManagementFactory.getRuntimeMXBean().getInputArguments(),
        System.getProperty(OWN_JVM_PROPERTY) != null)) {
      archiveInOwnJvm(args);
      return;
    }
    // Listed and checked by the JVM that archives it.
    SiteFiles files = SiteFiles.of(site);
    String baseUrl = settings.config().baseUrl();
    Provenance provenance = Provenance.of(settings.config(), System.getenv());
    ArchiveFiles out = write(files, outDir, baseUrl, provenance, tagFiles, HANDOFF_BYTES);
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

  /**
   * From this many bytes of site on, a JVM that has only the quick compiler (Maven's, {@code
   * -XX:TieredStopAtLevel=1} in .mvn/jvm.config) archives the site in a JVM of its own with both
   * compilers ({@link #OWN_JVM_COMPILER}): the archive hashes every byte four times (SHA-256
   * thrice, SHA-512 once), about ten times faster with the optimizing compiler's SHA instructions.
   * Below it, the new JVM's start costs more than it saves: the real site (2 MB) took 0.3–0.4 s in
   * Maven's JVM and 0.9–1.2 s in a JVM of its own. Above it the gain depends on how much is hashed
   * against how much is written: 3 × 1000 articles took 9–12 s against 7.5–8.5 s when their share
   * images made 215 MB, 7.7–7.9 s against 7.1–7.6 s once the palette brought them to 159 MB, and
   * 7.8–8.6 s against 6.3–7.2 s once the optimizing compiler was kept for the hottest code; a site
   * of photographs, all of whose bytes are hashed, gains the most (docs/benchmarks.md).
   */
  static final long OWN_JVM_BYTES = 64L << 20;

  /**
   * The archive's own JVM gives a method to the optimizing compiler only after many more calls and
   * loops than Java's defaults wait for (200,000 calls instead of 5,000, 400,000 loop iterations
   * instead of 40,000). Its hot loops (the digests, CRC-32, copying) still get there within the
   * first megabytes, but the few hundred methods that are merely warm (jwarc's record and index
   * code, the zip's, the bag's) stay with the quick compiler: with the defaults, the optimizing
   * compiler spent more than 4 s of CPU on them, a third of the archive's. On 3 × 1000 articles
   * (159 MB) the archive's JVM took 6.3–7.2 s and 8.8–9.4 s of CPU, against 7.1–8.2 s and 11.9–13.3
   * s with the defaults (runs taken in turns, docs/benchmarks.md).
   */
  static final List<String> OWN_JVM_COMPILER =
      List.of(
          "-XX:Tier4InvocationThreshold=200000",
          "-XX:Tier4MinInvocationThreshold=20000",
          "-XX:Tier4CompileThreshold=400000",
          "-XX:Tier4BackEdgeThreshold=400000");

  /**
   * Set in the JVM of its own, which archives whatever its compiler: the file it writes its failure
   * to, for the build's JVM to tell.
   */
  static final String OWN_JVM_PROPERTY = "archive.ownJvm.failureFile";

  /**
   * Whether to archive in a JVM of its own: a site of {@link #OWN_JVM_BYTES} or more, in a JVM
   * started with only the quick compiler, that is not already the archive's own.
   *
   * @param siteBytes the site's size, asked for only when the JVM's options leave the question open
   * @param jvmArguments the options this JVM was started with
   */
  static boolean wantsOwnJvm(LongSupplier siteBytes, List<String> jvmArguments, boolean isOwnJvm) {
    return !isOwnJvm
        && jvmArguments.contains("-XX:TieredStopAtLevel=1")
        && siteBytes.getAsLong() >= OWN_JVM_BYTES;
  }

  /**
   * The size of the plain files under the site's folder (no link followed), counted only until it
   * reaches {@code limit}: enough to choose the JVM, without listing a large site twice (it took
   * 0.15 s of 3 × 1000 articles). A site under the limit is walked by this and then listed by the
   * archive, a few milliseconds for the real site. Zero when there is no such folder ({@link
   * SiteFiles#of} then says what is wrong).
   */
  static long sizeUpTo(Path site, long limit) {
    long[] total = {0};
    try {
      Files.walkFileTree(
          site,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile()) {
                total[0] += attrs.size();
              }
              return total[0] >= limit ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              // Not counted: the archive's own listing (SiteFiles#of) names what it cannot read.
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (NoSuchFileException e) {
      return 0;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + site, e);
    }
    return total[0];
  }

  /**
   * Runs {@link #main} with the same arguments in a new JVM (this JVM's java, classpath and heap
   * limit, the serial collector, both compilers, the optimizing one kept for the hottest code:
   * {@link #OWN_JVM_COMPILER}), its output this one's.
   *
   * @throws IllegalStateException when it fails, with the message it failed with
   */
  static void archiveInOwnJvm(String[] args) throws IOException {
    Path failureFile = Files.createTempFile("site-archive-", ".failure");
    try {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-D" + OWN_JVM_PROPERTY + "=" + failureFile);
      // The site's settings given with -D (the Pages workflow's site.baseUrl) win there too.
      System.getProperties().stringPropertyNames().stream()
          .filter(key -> key.startsWith("site."))
          .sorted()
          .forEach(key -> command.add("-D" + key + "=" + System.getProperty(key)));
      command.add("-XX:+UseSerialGC");
      command.addAll(OWN_JVM_COMPILER);
      command.add("-Xmx" + Runtime.getRuntime().maxMemory());
      command.add("-cp");
      command.add(classpathOf(SiteArchive.class.getClassLoader()));
      command.add(SiteArchive.class.getName());
      command.addAll(List.of(args));
      Process archive = new ProcessBuilder(command).inheritIO().start();
      int exit;
      try {
        exit = archive.waitFor();
      } catch (InterruptedException e) {
        archive.destroy();
        throw e;
      }
      if (exit != 0) {
        String failure = Files.readString(failureFile, StandardCharsets.UTF_8).strip();
        throw new IllegalStateException(
            failure.isEmpty()
                ? "The site's archive failed (its JVM ended with " + exit + ")."
                : failure);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("The site's archive was interrupted.", e);
    } finally {
      Files.deleteIfExists(failureFile);
    }
  }

  /** The classpath of a class loader: its URLs (exec:java's), else this JVM's own. */
  private static String classpathOf(ClassLoader loader) {
    if (loader instanceof URLClassLoader urls) {
      List<String> paths = new ArrayList<>();
      for (URL url : urls.getURLs()) {
        try {
          paths.add(Path.of(url.toURI()).toString());
        } catch (URISyntaxException | IllegalArgumentException e) {
          throw new IllegalStateException("a classpath entry that is no file: " + url, e);
        }
      }
      return String.join(File.pathSeparator, paths);
    }
    return System.getProperty("java.class.path");
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
