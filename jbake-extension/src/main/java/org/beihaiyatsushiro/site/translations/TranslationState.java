package org.beihaiyatsushiro.site.translations;

import java.util.Locale;

/** Where one article stands in one language. */
public enum TranslationState {
  /** Published in this language and, as far as its front matter tells, up to date. */
  PRESENT,
  /** No published version in this language: no file, or a draft. */
  MISSING,
  /**
   * Published, but the text it was translated from has changed since: the source's {@code updated}
   * (or {@code date}) is later than this translation's {@code source_updated}.
   */
  STALE;

  /** The word of the reports: present, missing, stale. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
