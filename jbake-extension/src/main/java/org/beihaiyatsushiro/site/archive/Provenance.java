package org.beihaiyatsushiro.site.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.beihaiyatsushiro.site.base.Git;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.base.Problems;
import org.beihaiyatsushiro.site.base.SettingException;
import org.beihaiyatsushiro.site.base.SiteConfig;
import org.beihaiyatsushiro.site.base.SourceDate;
import org.beihaiyatsushiro.site.i18n.ProblemText;

/**
 * Where an archive comes from: the commit of the sources, the date of the sources and the software
 * that made it. Every date an archive holds is this source date, never the build's clock, so two
 * builds of the same commit give the same bytes.
 *
 * <p>The source date is {@code SOURCE_DATE_EPOCH} when set (the reproducible-builds convention),
 * else the time of the last commit, else (sources without git, such as an unpacked download) the
 * newest modification time among the source files.
 *
 * @param commit the source commit, or a sentence saying why it is not known
 * @param sourceDate the date of the sources
 * @param software the software that made the archive, with its versions
 */
public record Provenance(String commit, Instant sourceDate, String software) {

  public Provenance {
    Objects.requireNonNull(commit, "commit");
    Objects.requireNonNull(sourceDate, "sourceDate");
    Objects.requireNonNull(software, "software");
    if (commit.isBlank() || software.isBlank()) {
      throw new IllegalArgumentException("commit and software must not be blank");
    }
  }

  /**
   * Reads the provenance of the sources in {@code projectRoot}, whose settings (the source folders)
   * it reads from its jbake.properties.
   *
   * @param environment the process environment ({@link System#getenv()} in a build)
   * @throws IllegalArgumentException when {@code SOURCE_DATE_EPOCH} is set but not a number of
   *     seconds
   */
  public static Provenance of(Path projectRoot, Map<String, String> environment) {
    Objects.requireNonNull(projectRoot, "projectRoot");
    return of(
        SiteConfig.read(projectRoot, projectRoot.resolve("target/site")).config(), environment);
  }

  /**
   * Reads the provenance of the sources of the site the settings describe (its root and source
   * folders, as the build read them).
   *
   * @param environment the process environment ({@link System#getenv()} in a build)
   * @throws IllegalArgumentException when {@code SOURCE_DATE_EPOCH} is set but not a number of
   *     seconds
   */
  public static Provenance of(SiteConfig config, Map<String, String> environment) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(environment, "environment");
    Path projectRoot = config.siteRoot();
    Optional<String> head = Git.answer(projectRoot, "rev-parse", "HEAD");
    String commit =
        head.map(sha -> hasUncommittedChanges(config) ? sha + " (with uncommitted changes)" : sha)
            .orElse("unknown (the sources are not in a git repository)");
    Optional<Instant> fromEnvironment;
    try {
      fromEnvironment = SourceDate.fromEnvironment(environment);
    } catch (SettingException e) {
      // The bake refuses it first; said in English, as the archive's other words.
      String said = ProblemText.load(config, new Problems()).text(e.phrase(), Language.EN);
      throw new IllegalArgumentException(said, e);
    }
    Instant date =
        fromEnvironment
            .or(() -> SourceDate.lastCommit(projectRoot))
            .orElseGet(() -> newestFileTime(projectRoot));
    return new Provenance(commit, date, thisSoftware());
  }

  /**
   * Whether the sources differ from the commit: a change to any tracked file, or a file git does
   * not track yet (and does not ignore) in one of the folders a bake reads or jbake.properties. A
   * new article saved but not committed is part of the build, so the build is not the commit.
   */
  private static boolean hasUncommittedChanges(SiteConfig config) {
    Path projectRoot = config.siteRoot();
    if (saysSomething(Git.answer(projectRoot, "status", "--porcelain", "--untracked-files=no"))) {
      return true;
    }
    List<String> untracked =
        new ArrayList<>(List.of("status", "--porcelain", "--untracked-files=all", "--"));
    untracked.addAll(sourcePaths(config));
    return saysSomething(Git.answer(projectRoot, untracked.toArray(String[]::new)));
  }

  private static boolean saysSomething(Optional<String> gitOutput) {
    return gitOutput.filter(out -> !out.isEmpty()).isPresent();
  }

  /**
   * What a bake reads: the folders jbake.properties names (as the build reads them), and itself.
   */
  private static List<String> sourcePaths(SiteConfig config) {
    Path projectRoot = config.siteRoot();
    return List.of(
        relative(projectRoot, config.contentFolder()),
        relative(projectRoot, config.templateFolder()),
        relative(projectRoot, config.assetFolder()),
        relative(projectRoot, config.dataFolder()),
        "jbake.properties");
  }

  private static String relative(Path projectRoot, Path folder) {
    return projectRoot
        .toAbsolutePath()
        .normalize()
        .relativize(folder.toAbsolutePath().normalize())
        .toString()
        .replace('\\', '/');
  }

  /** The software that makes archives, with the versions of this build. */
  public static String thisSoftware() {
    Properties p = new Properties();
    try (InputStream in = Provenance.class.getResourceAsStream("software.properties")) {
      if (in == null) {
        throw new IllegalStateException("software.properties is missing from the extension's jar");
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("software");
  }

  /** The source date as an RFC 3339 date-time in UTC, to the second. */
  public String sourceDateText() {
    return DateTimeFormatter.ISO_INSTANT.format(sourceDate);
  }

  /** The source date's day in UTC, YYYY-MM-DD. */
  public String sourceDay() {
    return sourceDate.atOffset(ZoneOffset.UTC).toLocalDate().toString();
  }

  /**
   * The newest modification time of the files under the root, to the second, leaving out build
   * output (every folder named target) and hidden files and folders, whose trees are not walked.
   */
  private static Instant newestFileTime(Path root) {
    Instant[] newest = {Instant.EPOCH};
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return !dir.equals(root) && isBuildOutputOrHidden(dir)
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile() && !isBuildOutputOrHidden(file)) {
                Instant modified =
                    Instant.ofEpochSecond(attrs.lastModifiedTime().toInstant().getEpochSecond());
                if (modified.isAfter(newest[0])) {
                  newest[0] = modified;
                }
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the sources in " + root, e);
    }
    return newest[0];
  }

  private static boolean isBuildOutputOrHidden(Path p) {
    String name = p.getFileName().toString();
    return name.equals("target") || name.startsWith(".");
  }
}
