package org.beihaiyatsushiro.site.preview;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.beihaiyatsushiro.site.base.Problem;

/**
 * What one bake of the preview gave: the problems an editor must fix (file and line) and any other
 * failure of the bake (a template that does not render, a broken jbake.properties).
 *
 * @param generation counts the bakes of this preview; a page remembers the one it was served from
 * @param problems the content problems, in file and line order
 * @param failures messages of failures that are not content problems
 * @param took how long the bake took
 */
public record PreviewBake(
    int generation, List<Problem> problems, List<String> failures, Duration took) {

  public PreviewBake {
    problems = List.copyOf(problems);
    failures = List.copyOf(failures);
    Objects.requireNonNull(took, "took");
  }

  public boolean failed() {
    return !problems.isEmpty() || !failures.isEmpty();
  }
}
