package org.beihaiyatsushiro.site.images;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.beihaiyatsushiro.site.base.Language;

/**
 * What the sidecar {@code images/<file name>.yml} says about one picture, written once for all
 * languages: its caption in each language, who made it and under which licence it is shown.
 *
 * @param caption the caption in every language
 * @param credit who made the picture, in every language (the same words when the sidecar gives one
 *     string)
 * @param licence the licence's SPDX identifier (CC-BY-4.0), or {@code public-domain}
 */
public record Sidecar(Map<Language, String> caption, Map<Language, String> credit, String licence) {
  /** The licences a picture may be shown under: SPDX identifiers, and the public domain. */
  public static final Set<String> LICENCES =
      Set.of(
          "CC0-1.0",
          "CC-BY-4.0",
          "CC-BY-SA-4.0",
          "CC-BY-2.0",
          "CC-BY-SA-2.0",
          "CC-BY-3.0",
          "CC-BY-SA-3.0",
          "public-domain");

  /** The page of each licence, for the pictures' JSON-LD. */
  private static final Map<String, String> LICENCE_PAGES =
      Map.of(
          "CC0-1.0", "https://creativecommons.org/publicdomain/zero/1.0/",
          "CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/",
          "CC-BY-SA-4.0", "https://creativecommons.org/licenses/by-sa/4.0/",
          "CC-BY-2.0", "https://creativecommons.org/licenses/by/2.0/",
          "CC-BY-SA-2.0", "https://creativecommons.org/licenses/by-sa/2.0/",
          "CC-BY-3.0", "https://creativecommons.org/licenses/by/3.0/",
          "CC-BY-SA-3.0", "https://creativecommons.org/licenses/by-sa/3.0/",
          "public-domain", "https://creativecommons.org/publicdomain/mark/1.0/");

  public Sidecar {
    caption = Map.copyOf(Objects.requireNonNull(caption, "caption"));
    credit = Map.copyOf(Objects.requireNonNull(credit, "credit"));
    Objects.requireNonNull(licence, "licence");
  }

  /** The address of the licence's text. */
  public String licencePage() {
    return LICENCE_PAGES.get(licence);
  }

  /**
   * The licence as readers see it under the picture: "CC BY 4.0", "CC0 1.0" (the licences' own
   * short names, the same in every language), or the public domain in the page's language.
   */
  public String licenceText(Language lang) {
    if (licence.equals("public-domain")) {
      return switch (lang) {
        case ZH -> "公有领域";
        case JA -> "パブリックドメイン";
        case EN -> "public domain";
      };
    }
    // Joined by no-break spaces: "CC0 1.0" never ends one line and begins the next.
    return licence.replace("-", "\u00a0").replace("BY\u00a0SA", "BY-SA");
  }
}
