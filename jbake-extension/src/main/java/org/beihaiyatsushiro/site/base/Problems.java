package org.beihaiyatsushiro.site.base;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every problem found in one run, collected so that an editor sees all of them at once instead of
 * fixing one file per build.
 */
public final class Problems {
  private final Set<Problem> found = new LinkedHashSet<>();

  /** Records a problem; the same problem twice is kept once. */
  public synchronized void add(Problem problem) {
    found.add(problem);
  }

  /**
   * Records a problem.
   *
   * @param hint how to fix it, or null for none
   */
  public void add(String path, int line, Phrase message, Phrase hint) {
    add(new Problem(path, line, message, hint));
  }

  /** Records every problem of another collection. */
  public void addAll(Problems other) {
    other.sorted().forEach(this::add);
  }

  public synchronized boolean isEmpty() {
    return found.isEmpty();
  }

  public synchronized int size() {
    return found.size();
  }

  /** The problems in file and line order. */
  public synchronized List<Problem> sorted() {
    List<Problem> list = new ArrayList<>(found);
    list.sort(Problem.BY_PLACE);
    return list;
  }

  /** Whether any problem concerns the given file. */
  public synchronized boolean concern(String path) {
    return found.stream().anyMatch(p -> p.path().equals(path));
  }
}
