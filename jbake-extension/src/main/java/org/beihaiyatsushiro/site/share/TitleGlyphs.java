package org.beihaiyatsushiro.site.share;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.beihaiyatsushiro.site.base.Message;
import org.beihaiyatsushiro.site.base.Problems;
import org.beihaiyatsushiro.site.content.Article;

/**
 * Checks that the share image's font can draw every character of each page's title: a character it
 * has no glyph for would be left out of the image, so it is a problem of the file, at the title's
 * line, with the way out.
 */
public final class TitleGlyphs {
  private TitleGlyphs() {}

  /** Reports each title character of a page that the font of its language cannot draw. */
  public static void check(List<Article> articles, Problems problems) {
    for (Article a : articles) {
      if (!a.hasPage() || a.lang() == null || a.title() == null) {
        continue;
      }
      Set<String> missing = missing(a.title(), ShareFont.of(a.lang()));
      if (!missing.isEmpty()) {
        problems.add(
            a.sourcePath(),
            a.lineOf("title"),
            missing.size() == 1
                ? Message.TITLE_CHARACTER_NOT_IN_FONT.with(String.join(", ", missing))
                : Message.TITLE_CHARACTERS_NOT_IN_FONT.with(String.join(", ", missing)),
            missing.size() == 1
                ? Message.HINT_ADD_IT_TO_THE_FONT.with()
                : Message.HINT_ADD_THEM_TO_THE_FONT.with());
      }
    }
  }

  /**
   * The characters of a text the font cannot draw, each as {@code "X" (U+XXXX)}, in the order they
   * first appear. White space is never missing: the images draw a run of it as one space.
   */
  public static Set<String> missing(String text, ShareFont font) {
    Set<String> missing = new LinkedHashSet<>();
    text.codePoints()
        .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
        .filter(cp -> !font.canDraw(cp))
        .forEach(cp -> missing.add(describe(cp)));
    return missing;
  }

  private static String describe(int cp) {
    String shown =
        Character.isISOControl(cp) || !Character.isDefined(cp) ? "" : Character.toString(cp) + " ";
    return "\"" + shown.strip() + "\" (U+" + String.format(Locale.ROOT, "%04X", cp) + ")";
  }
}
