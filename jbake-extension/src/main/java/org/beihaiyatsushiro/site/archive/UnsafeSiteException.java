package org.beihaiyatsushiro.site.archive;

/**
 * Refuses to archive a baked site that holds a link or anything else that is not a regular file in
 * a folder: it could bring bytes from outside the repository into the archives.
 *
 * <p>Its message names every such entry and is the last thing the build prints; it carries no stack
 * trace, which would say nothing more.
 */
public final class UnsafeSiteException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnsafeSiteException(String message) {
    super(message, null, false, false);
  }
}
