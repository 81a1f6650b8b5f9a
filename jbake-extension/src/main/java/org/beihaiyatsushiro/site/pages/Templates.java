package org.beihaiyatsushiro.site.pages;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The site's Freemarker templates: {@code .ftlh} files are HTML and escape every value, {@code
 * .ftlx} files are XML (feeds, sitemaps).
 *
 * <p>The extension renders its pages with its own Freemarker configuration rather than through
 * JBake's model, whose every variable lookup first asks the content store: the templates receive
 * exactly the model built for them from the {@link SiteIndex}.
 */
public final class Templates {
  private final Configuration freemarker;

  public Templates(Path folder) {
    freemarker = new Configuration(Configuration.VERSION_2_3_31);
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
