package org.beihaiyatsushiro.site.authoring;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.base.Message;
import org.beihaiyatsushiro.site.base.PartialDate;
import org.beihaiyatsushiro.site.base.Phrase;
import org.beihaiyatsushiro.site.base.Problems;
import org.beihaiyatsushiro.site.base.SiteConfig;
import org.beihaiyatsushiro.site.i18n.ProblemText;

/**
 * {@code ./new-article}: creates a draft article with the right front matter, and with {@code
 * --translations} a draft stub in each other language that records what it translates.
 *
 * <p>Usage: {@code ./new-article --lang en --title "Silver Beach" [--slug silver-beach]
 * [--translations] [--date 2022-09-29]}. The date is today's unless given: this is a tool for
 * writing, not part of the site's output.
 */
public final class NewArticleCommand {
  static final String USAGE =
      "usage: ./new-article --lang zh|ja|en --title \"Title\" [--slug ascii-slug]"
          + " [--translations] [--date YYYY-MM-DD]\n"
          + "  --slug is needed when the title is not in Latin letters, for example\n"
          + "  ./new-article --lang ja --title \"銀灘公園\" --slug silver-beach --translations";

  private NewArticleCommand() {}

  public static void main(String[] args) {
    System.exit(run(args, Path.of(""), LocalDate.now(), System.out, System.err));
  }

  /**
   * Creates the files.
   *
   * @return the exit status: 0 when created, 2 for a mistake in the command
   */
  static int run(String[] args, Path siteRoot, LocalDate today, PrintStream out, PrintStream err) {
    String lang = null;
    String title = null;
    String slug = null;
    String date = null;
    boolean translations = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      boolean hasValue = i + 1 < args.length;
      switch (arg) {
        case "--lang" -> lang = hasValue ? args[++i] : "";
        case "--title" -> title = hasValue ? args[++i] : "";
        case "--slug" -> slug = hasValue ? args[++i] : "";
        case "--date" -> date = hasValue ? args[++i] : "";
        case "--translations" -> translations = true;
        case "--help", "-h" -> {
          out.println(USAGE);
          return 0;
        }
        default -> {
          return fail(err, "unknown argument '" + arg + "'");
        }
      }
    }
    if (lang == null || title == null) {
      return fail(err, "--lang and --title are required");
    }
    Optional<Language> language = Language.of(lang);
    if (language.isEmpty()) {
      return fail(err, "--lang '" + lang + "' is not one of the site's languages: zh, ja or en");
    }
    if (!Files.isRegularFile(siteRoot.resolve("jbake.properties"))) {
      return fail(err, "run it in the site's folder (the one with jbake.properties)");
    }
    try {
      PartialDate day = parseDate(date == null ? today.toString() : date, siteRoot);
      String name = slug != null ? Slug.check(slug) : Slug.fromTitle(title);
      NewArticle article =
          new NewArticle(contentFolder(siteRoot), language.get(), title, name, day, translations);
      for (NewArticle.File f : article.writeTo(siteRoot)) {
        out.println("Created " + f.path());
      }
      out.println(
          "Each file is a draft: readers see it once its status is published. "
              + "Watch it with ./preview.");
      return 0;
    } catch (IllegalArgumentException | IllegalStateException e) {
      err.println("new-article: " + e.getMessage());
      return 2;
    }
  }

  /**
   * The content folder as the build reads it ({@code content.folder} of jbake.properties), relative
   * to the site root; the default one when the setting is wrong, as in the build, whose check then
   * names the setting.
   */
  private static String contentFolder(Path siteRoot) {
    Path root = siteRoot.toAbsolutePath().normalize();
    SiteConfig config = SiteConfig.read(root, root.resolve("target/site")).config();
    return root.relativize(config.contentFolder().toAbsolutePath().normalize())
        .toString()
        .replace('\\', '/');
  }

  /**
   * The date of --date; a wrong one is said in English, as the rest of the command's words, by the
   * build's own message for a wrong date.
   */
  private static PartialDate parseDate(String text, Path siteRoot) {
    Phrase[] why = new Phrase[1];
    return PartialDate.parse(text, why)
        .orElseThrow(
            () -> {
              Path root = siteRoot.toAbsolutePath().normalize();
              SiteConfig config = SiteConfig.read(root, root.resolve("target/site")).config();
              String said =
                  ProblemText.load(config, new Problems())
                      .text(Message.DATE_WRONG.with(text, why[0]), Language.EN);
              return new IllegalArgumentException("--date: " + said);
            });
  }

  /** A mistake in the command line: the message, then how to write it. */
  private static int fail(PrintStream err, String message) {
    err.println("new-article: " + message);
    err.println(USAGE);
    return 2;
  }
}
