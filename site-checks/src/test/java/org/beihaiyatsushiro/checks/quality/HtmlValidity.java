package org.beihaiyatsushiro.checks.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import nu.validator.validation.SimpleDocumentValidator;
import org.apache.log4j.PropertyConfigurator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (the engine behind the W3C's HTML validator), run offline as a library on one
 * page at a time. Its schemas ship inside its jar, so nothing is fetched. Setting it up takes
 * seconds, so one instance checks every page.
 */
public final class HtmlValidity {
  /** HTML with RDFa Lite, so the Open Graph {@code meta property} attributes are valid. */
  private static final String SCHEMA = "http://s.validator.nu/html5-rdfalite.rnc";

  /** What the checker said about one page. */
  public record Report(List<Finding> errors, List<Finding> warnings) {
    /** Copies both lists. */
    public Report {
      errors = List.copyOf(errors);
      warnings = List.copyOf(warnings);
    }
  }

  /** Where the checker pretends the page is published (never fetched: .invalid has no hosts). */
  private static final String PUBLISHED_AT = "https://site.invalid/";

  private final SimpleDocumentValidator validator;
  private final Collector collector = new Collector();

  /** Loads the checker's schemas (from its jar) and sets up its parsers. */
  public HtmlValidity() {
    quietLogging();
    // Its own log4j set-up is left out (it logs at DEBUG), URLs are not logged, and language
    // detection is on: it warns when a page's text does not look like its lang.
    validator = new SimpleDocumentValidator(false, false, true);
    try {
      validator.setUpMainSchema(SCHEMA, collector);
      validator.setUpValidatorAndParsers(collector, true, false);
    } catch (Exception e) {
      throw new IllegalStateException("the Nu Html Checker could not load its schema " + SCHEMA, e);
    }
    if (!collector.errors.isEmpty()) {
      throw new IllegalStateException(
          "the Nu Html Checker's schema has errors: " + collector.errors);
    }
  }

  /** The checker logs through log4j 1: only its warnings and errors reach the console. */
  private static void quietLogging() {
    Properties log = new Properties();
    log.setProperty("log4j.rootLogger", "WARN, console");
    log.setProperty("log4j.appender.console", "org.apache.log4j.ConsoleAppender");
    log.setProperty("log4j.appender.console.layout", "org.apache.log4j.PatternLayout");
    log.setProperty(
        "log4j.appender.console.layout.ConversionPattern", "Nu Html Checker: %c - %m%n");
    PropertyConfigurator.configure(log);
  }

  /**
   * Checks one page as text/html in UTF-8. The page is given an https address on an unreal host (as
   * on GitHub Pages), so the checker judges the page's Content-Security-Policy as a browser on the
   * published site would: a file: address has no origin for 'self' to match.
   *
   * @param root the folder laid out like the site
   * @param page the page, relative to root
   */
  public synchronized Report check(Path root, String page) {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(page, "page");
    Path file = root.resolve(page);
    collector.start(page);
    try (InputStream in = Files.newInputStream(file)) {
      InputSource source = new InputSource(in);
      source.setSystemId(PUBLISHED_AT + page);
      validator.checkHtmlInputSource(source);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (SAXException e) {
      collector.errors.add(new Finding(page, "the checker stopped: " + e.getMessage()));
    }
    return new Report(collector.errors, collector.warnings);
  }

  /** Gathers the checker's messages for the page being checked. */
  private static final class Collector implements ErrorHandler {
    private String page = "(schema)";
    private final List<Finding> errors = new ArrayList<>();
    private final List<Finding> warnings = new ArrayList<>();

    void start(String page) {
      this.page = page;
      errors.clear();
      warnings.clear();
    }

    @Override
    public void warning(SAXParseException e) {
      warnings.add(finding(e));
    }

    @Override
    public void error(SAXParseException e) {
      errors.add(finding(e));
    }

    @Override
    public void fatalError(SAXParseException e) {
      errors.add(finding(e));
    }

    private Finding finding(SAXParseException e) {
      String where = e.getLineNumber() > 0 ? "line " + e.getLineNumber() + ": " : "";
      return new Finding(page, where + e.getMessage());
    }
  }
}
