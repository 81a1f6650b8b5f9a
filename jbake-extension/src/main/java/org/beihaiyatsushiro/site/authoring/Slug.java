package org.beihaiyatsushiro.site.authoring;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The ASCII name of an article: its file name and the last part of its web address, the same in
 * every language (beihai, sister-cities, masks-2020).
 *
 * <p>It is made from an English title, or given by the editor; anything beyond lower-case a–z, 0–9
 * and single dashes is refused with the reason, since a Chinese or Japanese file name would give
 * the page an address that breaks in links, archives and on some systems.
 */
public final class Slug {
  private static final Pattern FORM = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Slug() {}

  /**
   * Checks a slug an editor gave.
   *
   * @throws IllegalArgumentException with the reason and an example, when it is no slug
   */
  public static String check(String slug) {
    if (slug == null || slug.isBlank()) {
      throw new IllegalArgumentException("the slug is empty; give one, for example --slug beihai");
    }
    if (!slug.chars().allMatch(c -> c < 128)) {
      throw new IllegalArgumentException(
          "the slug '"
              + slug
              + "' is not ASCII: file names and web addresses of the site use only lower-case"
              + " letters a-z, digits and dashes, in every language. Give one with --slug, for"
              + " example --slug silver-beach");
    }
    if (!FORM.matcher(slug).matches()) {
      throw new IllegalArgumentException(
          "the slug '"
              + slug
              + "' may only hold lower-case letters a-z, digits and single dashes between them,"
              + " for example silver-beach or masks-2020");
    }
    return slug;
  }

  /**
   * Makes a slug from an English title: letters lose their accents, everything else that is not a
   * letter or digit becomes a dash ("The “Bing Jia Qi Qu” statues" → the-bing-jia-qi-qu-statues).
   *
   * @throws IllegalArgumentException when the title is not written in Latin letters, naming --slug
   */
  public static String fromTitle(String title) {
    String plain =
        MARKS
            .matcher(Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD))
            .replaceAll("")
            .toLowerCase(Locale.ROOT);
    if (plain.codePoints().anyMatch(c -> c >= 128 && Character.isLetterOrDigit(c))) {
      throw new IllegalArgumentException(
          "a slug cannot be made from the title '"
              + title
              + "', which is not in Latin letters: give an ASCII one with --slug, for example"
              + " --slug silver-beach");
    }
    String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.isEmpty()) {
      throw new IllegalArgumentException(
          "the title '" + title + "' holds no letters or digits to make a slug from; use --slug");
    }
    return check(slug);
  }
}
