package org.beihaiyatsushiro.site.jbake;

import java.util.List;
import org.beihaiyatsushiro.site.base.Problems;

/**
 * Every problem the current bake has found, and its notices (the articles it holds back until their
 * day), for whoever runs the bake.
 *
 * <p>JBake only records that a rendering tool failed; the live preview (and the tests) read the
 * problems themselves here, to show each with its file and line. {@link BakeStart} opens a new
 * session when JBake starts a bake, so a preview baking again and again never sees the last bake's
 * problems.
 */
public final class BakeSession {
  private static volatile BakeSession current = new BakeSession();

  private final Problems problems = new Problems();
  private volatile List<String> notices = List.of();

  private BakeSession() {}

  /** Starts a new bake, forgetting the last one. */
  public static void begin() {
    current = new BakeSession();
  }

  public static BakeSession current() {
    return current;
  }

  public Problems problems() {
    return problems;
  }

  /** The lines the bake printed that are no problems: the articles held back until their day. */
  public List<String> notices() {
    return notices;
  }

  void notices(List<String> lines) {
    notices = List.copyOf(lines);
  }
}
