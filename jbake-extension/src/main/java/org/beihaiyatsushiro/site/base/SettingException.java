package org.beihaiyatsushiro.site.base;

import java.util.Objects;

/**
 * A setting of jbake.properties (or -D) whose value the site cannot work with: what is wrong, as a
 * {@link Phrase} that becomes a problem at the setting's line.
 */
public final class SettingException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient Phrase phrase;

  public SettingException(Phrase phrase) {
    super(Objects.requireNonNull(phrase, "phrase").toString());
    this.phrase = phrase;
  }

  /** What is wrong with the setting. */
  public Phrase phrase() {
    return phrase;
  }
}
