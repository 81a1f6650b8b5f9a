package org.beihaiyatsushiro.site.preview;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.beihaiyatsushiro.site.base.Problem;
import org.beihaiyatsushiro.site.i18n.ProblemText;

/**
 * What one bake of the preview gave: the problems an editor must fix (file and line) and any other
 * failure of the bake (a template that does not render, a broken jbake.properties).
 *
 * @param generation counts the bakes of this preview; a page remembers the one it was served from
 * @param problems the content problems, in file and line order
 * @param text the messages that tell the problems, each in its editor's language
 * @param failures messages of failures that are not content problems
 * @param took how long the bake took
 */
public record PreviewBake(
    int generation,
    List<Problem> problems,
    ProblemText text,
    List<String> failures,
    Duration took) {

  public PreviewBake {
    problems = List.copyOf(problems);
    Objects.requireNonNull(text, "text");
    failures = List.copyOf(failures);
    Objects.requireNonNull(took, "took");
  }

  /** The problems as printed, {@code path:line: message (hint)}. */
  public List<String> problemLines() {
    return problems.stream().map(text::line).toList();
  }

  public boolean failed() {
    return !problems.isEmpty() || !failures.isEmpty();
  }
}
