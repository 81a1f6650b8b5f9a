package org.beihaiyatsushiro.site.testing;

import java.util.Optional;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.base.Phrase;
import org.beihaiyatsushiro.site.base.Problem;
import org.beihaiyatsushiro.site.base.Problems;
import org.beihaiyatsushiro.site.i18n.ProblemText;

/**
 * A problem as an editor reads it, told with the project's own tables of data/messages exactly as
 * the build tells it (each problem in the language of its file's folder), so that a test asserts
 * the whole line a user sees.
 */
public final class Printed {
  /** The project's messages, by the language of each file's folder (the default). */
  public static final ProblemText TEXT =
      ProblemText.load(
          FixtureSite.PROJECT.resolve("data"), "data", "content", Optional.empty(), new Problems());

  private Printed() {}

  /** {@code path:line: message (hint)}, as printed. */
  public static String line(Problem problem) {
    return TEXT.line(problem);
  }

  /** A phrase in English, as a problem in a file outside content/zh and content/ja says it. */
  public static String english(Phrase phrase) {
    return TEXT.text(phrase, Language.EN);
  }

  /** What is wrong, as printed. */
  public static String message(Problem problem) {
    return TEXT.message(problem);
  }
}
