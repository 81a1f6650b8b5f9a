package org.beihaiyatsushiro.site.translations;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.beihaiyatsushiro.site.base.Message;
import org.beihaiyatsushiro.site.base.Problem;
import org.beihaiyatsushiro.site.base.Problems;
import org.beihaiyatsushiro.site.base.SiteConfig;
import org.beihaiyatsushiro.site.content.Article;
import org.beihaiyatsushiro.site.content.ContentFolder;
import org.beihaiyatsushiro.site.content.ContentReader;
import org.beihaiyatsushiro.site.i18n.ProblemText;

/**
 * {@code ./translation-status}: prints the table of every article and its state in each language
 * (present, missing, stale), then the warnings, read straight from content/ without a bake.
 *
 * <p>Exit status 0 when the site is as complete as it must be; 1 when a file cannot be read, or
 * when {@code site.translations.strict} is true (or {@code --strict} is given) and a translation is
 * missing or stale. {@code ./mvnw package} writes the same table to target/reports/.
 */
public final class TranslationStatusCommand {
  private static final String USAGE = "usage: ./translation-status [--strict] [site folder]";

  private TranslationStatusCommand() {}

  public static void main(String[] args) throws IOException {
    boolean strictOption = false;
    Path siteRoot = Path.of("");
    for (String arg : args) {
      if (arg.equals("--strict")) {
        strictOption = true;
      } else if (arg.equals("--help") || arg.equals("-h")) {
        System.out.println(USAGE);
        return;
      } else if (arg.startsWith("-")) {
        System.err.println("translation-status: unknown option " + arg + "\n" + USAGE);
        System.exit(2);
      } else {
        siteRoot = Path.of(arg);
      }
    }
    System.exit(run(siteRoot, strictOption, System.out));
  }

  /**
   * Prints the status of the site at {@code siteRoot}.
   *
   * @return the exit status
   */
  static int run(Path siteRoot, boolean strictOption, PrintStream out) throws IOException {
    Path root = siteRoot.toAbsolutePath().normalize();
    if (!Files.isRegularFile(root.resolve("jbake.properties"))) {
      out.println("translation-status: " + root + " has no jbake.properties");
      return 2;
    }
    SiteConfig.Reading settings = SiteConfig.read(root, root.resolve("target/site"));
    Problems tableProblems = new Problems();
    ProblemText text = ProblemText.load(settings.config(), tableProblems);
    // A broken message table is told as a wrong setting is: the report would otherwise fall back
    // to English without saying why.
    if (!settings.problems().isEmpty() || !tableProblems.isEmpty()) {
      settings.problems().forEach(p -> out.println(text.line(p)));
      tableProblems.sorted().forEach(p -> out.println(text.line(p)));
      return 2;
    }
    boolean strict = strictOption || settings.config().translationsStrict();
    ContentReader reader = new ContentReader(root, settings.config().contentFolder());
    Problems problems = new Problems();
    List<Article> articles = reader.readAll(ContentFolder.scan(reader, problems).pages(), problems);
    TranslationStatus status = TranslationStatus.of(articles);
    out.print(new TranslationReport(status, text).markdown());
    int exit = 0;
    if (!problems.isEmpty()) {
      out.println();
      List<Problem> sorted = problems.sorted();
      out.println(
          text.text(
              Message.TRANSLATION_STATUS_FILES_LEFT_OUT.with(), text.summaryLanguage(sorted)));
      for (Problem p : sorted) {
        out.println(text.line(p));
      }
      exit = 1;
    }
    if (strict && !status.warnings().isEmpty()) {
      out.println();
      out.println(
          text.text(
              Message.TRANSLATION_STATUS_STRICT.with(SiteConfig.TRANSLATIONS_STRICT),
              text.summaryLanguage(status.warnings())));
      exit = 1;
    }
    return exit;
  }
}
