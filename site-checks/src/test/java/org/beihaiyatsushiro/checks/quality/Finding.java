package org.beihaiyatsushiro.checks.quality;

import java.util.Objects;

/**
 * One thing wrong with one page, in words a person can act on: the page (relative to the site's
 * root) and what is wrong there. Every check of the site reports its results as findings, so a
 * failing test lists them all at once.
 */
public record Finding(String page, String message) {
  /** Checks both parts at the door. */
  public Finding {
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return page + ": " + message;
  }
}
