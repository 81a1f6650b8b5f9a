package org.beihaiyatsushiro.site.preview;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.beihaiyatsushiro.site.bake.SiteBake;
import org.beihaiyatsushiro.site.base.Problem;
import org.beihaiyatsushiro.site.base.Problems;
import org.beihaiyatsushiro.site.base.SiteConfig;
import org.beihaiyatsushiro.site.check.ContentProblemsException;
import org.beihaiyatsushiro.site.i18n.ProblemText;
import org.beihaiyatsushiro.site.jbake.BakeSession;
import org.beihaiyatsushiro.site.jbake.OvenParts;
import org.jbake.app.Oven;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.app.configuration.JBakeConfigurationInspector;
import org.jbake.template.RenderingException;

/**
 * Bakes the site in this process with JBake's {@link Oven}, exactly as the Maven plugin does, into
 * the preview's own output folder, and keeps going whatever the content holds.
 *
 * <p>The Maven plugin stops at the first bake that fails; the preview instead reports the problems
 * of the {@link BakeSession} and waits for the next save. A new Oven is made for every bake, so a
 * change to jbake.properties counts too (only JBake's content store is kept, which makes a bake
 * after a save several times faster: {@link KeptContentStore}), and the output folder is emptied
 * first, so a deleted article disappears from the preview as it would from the published site.
 */
public final class PreviewBaker implements Closeable {
  private final Path siteRoot;
  private final Path output;
  private final String baseUrl;
  private int generation;
  private KeptContentStore store;

  /**
   * A baker for the base URL of jbake.properties.
   *
   * @param siteRoot the folder of jbake.properties
   * @param output the folder the preview is baked into; never the published target/site
   */
  public PreviewBaker(Path siteRoot, Path output) {
    this(siteRoot, output, null);
  }

  /**
   * @param siteRoot the folder of jbake.properties
   * @param output the folder the preview is baked into; never the published target/site
   * @param baseUrl the address the preview is served at, which every bake is made for instead of
   *     the base URL of jbake.properties (so the 404 page, canonical links and feeds point into the
   *     preview); null to keep jbake.properties' (a -D on the command line still wins)
   */
  public PreviewBaker(Path siteRoot, Path output, String baseUrl) {
    this.siteRoot = Objects.requireNonNull(siteRoot, "siteRoot").toAbsolutePath().normalize();
    this.output = Objects.requireNonNull(output, "output").toAbsolutePath().normalize();
    this.baseUrl = baseUrl;
    if (!Files.isRegularFile(this.siteRoot.resolve("jbake.properties"))) {
      throw new IllegalArgumentException(
          this.siteRoot + " is not the site's folder: it has no jbake.properties");
    }
    if (this.output.equals(this.siteRoot) || this.siteRoot.startsWith(this.output)) {
      throw new IllegalArgumentException(
          "the preview folder " + this.output + " would hold the site's sources");
    }
  }

  public Path output() {
    return output;
  }

  /**
   * Bakes once; one bake at a time, as JBake's bake session is shared. Never throws: whatever a
   * bake throws (a template that fails, a stack overflow, memory running out on one input) is a
   * failure of this bake, shown on the error page, and the next save bakes again.
   */
  public synchronized PreviewBake bake() {
    generation++;
    long start = System.nanoTime();
    List<Problem> problems = List.of();
    List<String> failures = new ArrayList<>();
    ProblemText text = null;
    BakeSession.begin();
    try {
      clear(output);
      // Links and special files are refused before JBake starts: it would copy what assets/
      // links to (see content.SourceTree).
      Problems sourceFiles = new Problems();
      SiteBake.of(siteRoot).contentCheck().checkSourceFiles(sourceFiles);
      if (!sourceFiles.isEmpty()) {
        problems = sourceFiles.sorted();
      } else {
        problems = bakeWithJBake(failures);
      }
    } catch (ContentProblemsException e) {
      // The bake found problems in the content and stopped before writing: they are the news.
      problems = BakeSession.current().problems().sorted();
      text = e.text();
    } catch (Throwable e) {
      failures.add(messageOf(e));
      problems = BakeSession.current().problems().sorted();
      if (e instanceof Error) {
        // A bake cut short by an error (a stack overflow inside JBake's store, memory running
        // out) may leave the store half-written: the next bake starts a new one.
        closeQuietly();
      }
    }
    if (!problems.isEmpty() || !failures.isEmpty()) {
      // Nothing of a refused bake is served: JBake copies assets even when the pages failed.
      try {
        clear(output);
      } catch (RuntimeException e) {
        failures.add(messageOf(e));
      }
    }
    if (text == null) {
      text = messages();
    }
    return new PreviewBake(
        generation, problems, text, failures, Duration.ofNanos(System.nanoTime() - start));
  }

  /**
   * Bakes with JBake, which hands over to the site's one bake ({@code bake.SiteBake}) as under the
   * Maven plugin; returns the content problems and adds any other failure to the list.
   *
   * @throws ContentProblemsException when the content has problems (they are in the bake session)
   */
  private List<Problem> bakeWithJBake(List<String> failures) {
    JBakeConfiguration config =
        new JBakeConfigurationFactory()
            .createDefaultJbakeConfiguration(siteRoot.toFile(), output.toFile(), true);
    if (baseUrl != null) {
      config.setProperty(SiteConfig.BASE_URL, baseUrl);
    }
    Oven oven = new Oven(utensils(config));
    oven.bake();
    List<Problem> problems = BakeSession.current().problems().sorted();
    for (Throwable error : oven.getErrors()) {
      if (problems.isEmpty() || !(error instanceof RenderingException)) {
        failures.add(messageOf(error));
      }
    }
    return problems;
  }

  /**
   * The messages of the site's data/messages, to tell problems the bake did not tell itself (a link
   * among the sources, found before JBake starts); the tables' own problems are the bake's.
   */
  private ProblemText messages() {
    SiteConfig config = SiteConfig.read(siteRoot, output).config();
    return ProblemText.load(config, new Problems());
  }

  private void closeQuietly() {
    try {
      close();
    } catch (Throwable e) {
      store = null;
    }
  }

  /**
   * What JBake bakes with, as its own factory makes it, except for the content store, which is kept
   * from one bake to the next (see {@link KeptContentStore}).
   */
  private Utensils utensils(JBakeConfiguration config) {
    new JBakeConfigurationInspector(config).inspect();
    String type = config.getDatabaseStore();
    String name = config.getDatabasePath();
    if (store == null || !store.matches(type, name)) {
      close();
      store = new KeptContentStore(type, name);
    }
    return OvenParts.withStore(config, store);
  }

  /** Closes JBake's content store; a bake after this starts a new one. */
  @Override
  public synchronized void close() {
    if (store != null) {
      store.dispose();
      store = null;
    }
  }

  /**
   * A failure in a line: its message and its causes'; an error without a message (a stack overflow)
   * is named by its kind.
   */
  static String messageOf(Throwable error) {
    StringBuilder message =
        new StringBuilder(
            error.getMessage() == null || error instanceof Error
                ? error.getClass().getSimpleName()
                    + (error.getMessage() == null ? "" : ": " + error.getMessage())
                : error.getMessage());
    for (Throwable cause = error.getCause(); cause != null; cause = cause.getCause()) {
      if (cause.getMessage() != null && !message.toString().contains(cause.getMessage())) {
        message.append(": ").append(cause.getMessage());
      }
    }
    return message.toString();
  }

  /** Empties a folder, keeping the folder itself. */
  private static void clear(Path folder) {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        if (!p.equals(folder)) {
          Files.delete(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot empty the preview folder " + folder, e);
    }
  }
}
