package org.beihaiyatsushiro.site.bake;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.base.Message;
import org.beihaiyatsushiro.site.base.Problem;
import org.beihaiyatsushiro.site.base.Problems;
import org.beihaiyatsushiro.site.base.SiteConfig;
import org.beihaiyatsushiro.site.check.ContentCheck;
import org.beihaiyatsushiro.site.check.ContentProblemsException;
import org.beihaiyatsushiro.site.i18n.ProblemText;

/**
 * {@code ./check-content}: the check half of the site's bake ({@link SiteBake#check}), without
 * writing anything, so an editor finds on every save the problems the build would find.
 *
 * <p>With {@code --before-bake}, it is the build's guard before JBake starts: it only lists the
 * source folders, reading no file, and refuses a link or special file among them ({@code
 * content.SourceTree}), which JBake's crawler would otherwise open (a named pipe called {@code
 * x.md} would hang it). The one read and check of the content is the bake's.
 */
public final class CheckContent {
  private CheckContent() {}

  /**
   * Checks the site in the current folder, or in the folder given as the last argument; prints each
   * problem as {@code path:line: message (hint)} and exits with 1 when there are any. With {@code
   * --messages=zh} (or ja, en) first, every problem is told in that language.
   *
   * <p>With {@code --before-bake} first, it checks only that the sources are plain files and
   * folders, and ends by throwing a {@link ContentProblemsException} instead of exiting, so that
   * Maven ends the build with the count.
   */
  public static void main(String[] args) {
    boolean beforeBake = args.length > 0 && args[0].equals("--before-bake");
    List<String> rest = new ArrayList<>(List.of(args).subList(beforeBake ? 1 : 0, args.length));
    Optional<Language> messages = Optional.empty();
    boolean wrongOption = false;
    if (!rest.isEmpty() && rest.get(0).startsWith(MESSAGES_OPTION)) {
      messages = Language.ofFolder(rest.remove(0).substring(MESSAGES_OPTION.length()));
      wrongOption = messages.isEmpty();
    }
    if (wrongOption || rest.size() > 1) {
      System.out.println(USAGE);
      System.exit(2);
    }
    Path root = Path.of(rest.isEmpty() ? "." : rest.get(0)).toAbsolutePath().normalize();
    if (beforeBake) {
      Optional<ContentProblemsException> failure = guard(root, System.out).failure();
      if (failure.isPresent()) {
        throw failure.get();
      }
      return;
    }
    if (report(root, System.out, messages) > 0) {
      System.exit(1);
    }
  }

  private static final String MESSAGES_OPTION = "--messages=";

  private static final String USAGE =
      "usage: check-content [--messages=zh|ja|en] [site folder]\n"
          + "  --messages tells every problem in one language (by default, each in the language"
          + " of its file's folder, or as site.messages in jbake.properties says)";

  /**
   * Checks the site in {@code root} as a bake would, without baking, and prints what was found.
   *
   * @return the number of problems
   */
  public static int report(Path root, PrintStream out) {
    return report(root, out, Optional.empty());
  }

  /**
   * Checks the site in {@code root} as a bake would, without baking, and prints what was found.
   *
   * @param messages the one language of every message, over the site's settings, or empty
   * @return the number of problems
   */
  public static int report(Path root, PrintStream out, Optional<Language> messages) {
    long start = System.nanoTime();
    Problems problems = new Problems();
    SiteConfig.Reading settings = SiteConfig.read(root, root.resolve("target/site"));
    if (messages.isPresent()) {
      settings =
          new SiteConfig.Reading(
              settings.config().withMessages(messages.get()), settings.problems());
    }
    ContentCheck.Outcome outcome = new SiteBake(settings).check(problems);
    long millis = (System.nanoTime() - start) / 1_000_000;
    ProblemText text = outcome.text();
    List<Problem> sorted = problems.sorted();
    for (Problem p : sorted) {
      out.println(text.line(p));
    }
    outcome.notices().forEach(n -> out.println(text.line(n)));
    int count = sorted.size();
    Language summary = text.summaryLanguage(sorted);
    if (count == 0) {
      out.println(text.text(Message.CHECK_CLEAN.with(outcome.filesRead(), millis), summary));
    } else {
      out.println(
          text.text(Message.CHECK_FOUND.with(ContentCheck.countOf(count), millis), summary));
    }
    return count;
  }

  /**
   * The build's guard before JBake starts: every wrong setting of jbake.properties (a source folder
   * outside the site's folder among them) and every link and special file among the sources,
   * printed with the build's last words when there is any. Reads no source file.
   *
   * @return the number of problems
   */
  public static int beforeBake(Path root, PrintStream out) {
    return guard(root, out).count();
  }

  /**
   * What the guard before JBake found: how many problems, and the exception that ends the build
   * with its last words when there are any.
   */
  private record Guarded(int count, Optional<ContentProblemsException> failure) {}

  private static Guarded guard(Path root, PrintStream out) {
    Problems problems = new Problems();
    SiteConfig.Reading settings = SiteConfig.read(root, root.resolve("target/site"));
    settings.problems().forEach(problems::add);
    new SiteBake(settings).contentCheck().checkSourceFiles(problems);
    // The tables are plain files once checkSourceFiles has found no link or special file in data/.
    ProblemText text = ProblemText.load(settings.config(), problems);
    List<Problem> sorted = problems.sorted();
    for (Problem p : sorted) {
      out.println(text.line(p));
    }
    if (sorted.isEmpty()) {
      return new Guarded(0, Optional.empty());
    }
    String failure = ContentCheck.buildFailure(text, sorted);
    out.println(failure);
    return new Guarded(sorted.size(), Optional.of(new ContentProblemsException(failure, text)));
  }
}
