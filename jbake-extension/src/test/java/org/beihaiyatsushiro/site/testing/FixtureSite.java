package org.beihaiyatsushiro.site.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.beihaiyatsushiro.site.base.Problem;
import org.beihaiyatsushiro.site.check.ContentProblemsException;
import org.beihaiyatsushiro.site.jbake.BakeSession;
import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * A small site in a temporary folder, with the real templates, UI strings, assets and
 * jbake.properties of the project and content written by the test, baked in-process by JBake's
 * {@link Oven} exactly as the Maven plugin bakes the real site.
 */
public final class FixtureSite {
  /** The project's root folder (where jbake.properties is), seen from this module. */
  public static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();

  private final Path root;

  private FixtureSite(Path root) {
    this.root = root;
  }

  /** A site in {@code dir} with the project's theme and no content. */
  public static FixtureSite withRealTheme(Path dir) {
    FixtureSite site = new FixtureSite(dir);
    copyTree(PROJECT.resolve("templates"), dir.resolve("templates"));
    copyTree(PROJECT.resolve("data"), dir.resolve("data"));
    copyTree(PROJECT.resolve("assets"), dir.resolve("assets"));
    try {
      Files.copy(PROJECT.resolve("jbake.properties"), dir.resolve("jbake.properties"));
      Files.createDirectories(dir.resolve("content"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return site;
  }

  public Path root() {
    return root;
  }

  /** Writes a file relative to the site root, as UTF-8 text. */
  public FixtureSite write(String path, String text) {
    return writeBytes(path, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes a file relative to the site root, byte for byte. */
  public FixtureSite writeBytes(String path, byte[] bytes) {
    try {
      Path file = root.resolve(path);
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** A page of another type ({@code home}, {@code timeline}) dated 2022-09-29, with one line. */
  public static String page(String title, String type) {
    return "---\ntitle: "
        + title
        + "\ndate: 2022-09-29\ntype: "
        + type
        + "\nstatus: published\n---\n\nText.\n";
  }

  /** A minimal valid article: YAML front matter with the required fields, then the body. */
  public static String article(String title, String date, String body) {
    return article(title, date, "", body);
  }

  /**
   * A valid article with more fields: {@code extra} holds whole lines of front matter (each ending
   * in a line break), written after the required fields.
   */
  public static String article(String title, String date, String extra, String body) {
    return "---\ntitle: "
        + title
        + "\ndate: "
        + date
        + "\ntype: article\nstatus: published\n"
        + extra
        + "---\n\n"
        + body
        + "\n";
  }

  /**
   * Bakes the site into {@code root/output}. The errors are those the Maven plugin would end the
   * build with: what JBake recorded, or the content problems that stopped the bake.
   */
  public Result bake() {
    Path output = root.resolve("output");
    DefaultJBakeConfiguration config =
        new JBakeConfigurationFactory()
            .createDefaultJbakeConfiguration(root.toFile(), output.toFile(), true);
    Oven oven = new Oven(config);
    List<Throwable> errors = new ArrayList<>();
    List<String> log =
        CapturedLog.during(
            () -> {
              try {
                oven.bake();
              } catch (ContentProblemsException e) {
                errors.add(e);
              }
            });
    errors.addAll(oven.getErrors());
    return new Result(output, errors, BakeSession.current().problems().sorted(), log);
  }

  /**
   * What a bake produced. {@code log} is what JBake and the extension logged during the bake (kept
   * from the console, see {@link CapturedLog}), one line each.
   */
  public record Result(
      Path output, List<Throwable> errors, List<Problem> problems, List<String> log) {
    public boolean failed() {
      return !errors.isEmpty();
    }

    /** The problems as their printed lines, path:line: message (hint). */
    public List<String> problemLines() {
      return problems.stream().map(Printed::line).toList();
    }

    public Path file(String sitePath) {
      return output.resolve(sitePath);
    }

    public String read(String sitePath) {
      try {
        return Files.readString(output.resolve(sitePath));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Every file written, relative to the output root, sorted. */
    public List<String> files() {
      if (!Files.isDirectory(output)) {
        return List.of();
      }
      try (Stream<Path> s = Files.walk(output)) {
        return s.filter(Files::isRegularFile)
            .map(p -> output.relativize(p).toString().replace('\\', '/'))
            .sorted()
            .toList();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Copies a folder with everything in it; does nothing if it does not exist. */
  public static void copyTree(Path from, Path to) {
    if (!Files.isDirectory(from)) {
      return;
    }
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
