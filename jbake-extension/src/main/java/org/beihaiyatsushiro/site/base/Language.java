package org.beihaiyatsushiro.site.base;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A language the site is written in: its folder under content/ and its BCP 47 tag for {@code <html
 * lang>} and {@code hreflang}.
 *
 * <p>Adding a fourth language means a constant here (saying whether it writes with Chinese
 * characters), a folder under content/, and a table under data/i18n/.
 */
public enum Language {
  ZH("zh", "zh-Hans", true),
  JA("ja", "ja", true),
  EN("en", "en", false);

  private final String code;
  private final String tag;
  private final boolean cjk;

  Language(String code, String tag, boolean cjk) {
    this.code = code;
    this.tag = tag;
    this.cjk = cjk;
  }

  /** The folder name and URL segment: zh, ja, en. */
  public String code() {
    return code;
  }

  /** The BCP 47 tag: zh-Hans, ja, en. */
  public String tag() {
    return tag;
  }

  /** Accepts the folder code or the tag (case-insensitive). */
  public static Optional<Language> of(String codeOrTag) {
    return Arrays.stream(values())
        .filter(l -> l.code.equalsIgnoreCase(codeOrTag) || l.tag.equalsIgnoreCase(codeOrTag))
        .findFirst();
  }

  /**
   * The language whose folder (under content/, and in the site's URLs) has exactly this name: zh,
   * ja or en, never a tag or another case (zh-Hans/ or EN/ is no language folder).
   */
  public static Optional<Language> ofFolder(String folder) {
    return Arrays.stream(values()).filter(l -> l.code.equals(folder)).findFirst();
  }

  public static List<Language> all() {
    return List.of(values());
  }

  /**
   * Whether a character is a letter of Chinese or Japanese writing: Han, hiragana, katakana, or the
   * long-vowel mark ー (which Unicode counts as common to all scripts).
   */
  public static boolean isCjkLetter(int codePoint) {
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || codePoint == 0x30FC;
  }

  /** Whether the language writes with Chinese characters (no word spaces, no smart quotes). */
  public boolean isCjk() {
    return cjk;
  }
}
