package org.beihaiyatsushiro.site.check;

/**
 * Ends the build's content check when the content has problems, after they have been printed.
 *
 * <p>Its message is the last thing Maven prints: how many problems stopped the build.
 */
public final class ContentProblemsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ContentProblemsException(String message) {
    super(message, null, false, false);
  }
}
