package org.beihaiyatsushiro.site.check;

import org.beihaiyatsushiro.site.i18n.ProblemText;

/**
 * Ends the build's content check when the content has problems, after they have been printed.
 *
 * <p>Its message is the last thing Maven prints: how many problems stopped the build. It carries
 * the messages the problems were told with, for whoever shows them again (the preview).
 */
public final class ContentProblemsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ProblemText text;

  public ContentProblemsException(String message, ProblemText text) {
    super(message, null, false, false);
    this.text = text;
  }

  /** The messages the problems were told with. */
  public ProblemText text() {
    return text;
  }
}
