package org.beihaiyatsushiro.site.pages;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.beihaiyatsushiro.site.base.Digests;

/**
 * The site's Freemarker templates: {@code .ftlh} files are HTML and escape every value, {@code
 * .ftlx} files are XML (feeds, sitemaps).
 *
 * <p>The extension renders its pages with its own Freemarker configuration rather than through
 * JBake's model, whose every variable lookup first asks the content store: the templates receive
 * exactly the model built for them from the {@link SiteIndex}.
 */
public final class Templates {
  /**
   * The templates of the last folder asked for ({@link #of}): the live preview bakes the same
   * folder on every save, and parsing its templates again was a tenth of each bake.
   */
  private static Templates last;

  private final Path folder;
  private final List<String> files;
  private final Configuration freemarker;

  /**
   * The templates of a folder: those of the last bake when they were of the same folder and none of
   * its files has been added, removed or changed since (the files' names and bytes are compared: a
   * few kilobytes, read far quicker than parsed), else the folder's templates read anew.
   */
  public static synchronized Templates of(Path folder) {
    Path absolute = folder.toAbsolutePath().normalize();
    List<String> files = filesOf(absolute);
    if (last == null || !last.folder.equals(absolute) || !last.files.equals(files)) {
      last = new Templates(absolute, files);
    }
    return last;
  }

  private Templates(Path folder, List<String> files) {
    this.folder = folder;
    this.files = files;
    freemarker = new Configuration(Configuration.VERSION_2_3_31);
    // A template is read once and not looked at again: a changed folder gets new Templates.
    freemarker.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    try {
      freemarker.setDirectoryForTemplateLoading(folder.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("no template folder " + folder, e);
    }
    freemarker.setDefaultEncoding("UTF-8");
    freemarker.setOutputEncoding("UTF-8");
    freemarker.setRecognizeStandardFileExtensions(true);
    freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    freemarker.setLogTemplateExceptions(false);
    freemarker.setWrapUncheckedExceptions(true);
    freemarker.setFallbackOnNullLoopVariable(false);
    freemarker.setLocale(Locale.ROOT);
    freemarker.setTimeZone(TimeZone.getTimeZone("UTC"));
    freemarker.setNumberFormat("computer");
    freemarker.setObjectWrapper(
        new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_31).build());
  }

  /** Every file under the folder with the SHA-256 of its bytes, in order; none if missing. */
  private static List<String> filesOf(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile)
          .map(
              f -> {
                try {
                  return folder.relativize(f) + " " + Digests.sha256Hex(Files.readAllBytes(f));
                } catch (IOException e) {
                  throw new UncheckedIOException("cannot read template " + f, e);
                }
              })
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the templates of " + folder, e);
    }
  }

  /** Renders a template with a model. */
  public String render(String template, Map<String, Object> model) {
    try {
      StringWriter out = new StringWriter();
      freemarker.getTemplate(template).process(model, out);
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read template " + template, e);
    } catch (TemplateException e) {
      throw new IllegalStateException(
          "template "
              + template
              + " failed at line "
              + e.getLineNumber()
              + ": "
              + e.getMessageWithoutStackTop(),
          e);
    }
  }
}
