package org.beihaiyatsushiro.site.translations;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.beihaiyatsushiro.site.content.Article;
import org.beihaiyatsushiro.site.content.Problem;
import org.beihaiyatsushiro.site.content.Problems;
import org.beihaiyatsushiro.site.pages.SiteConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The translation status as part of a bake: writes the report beside the site and warns of each
 * missing or stale translation, or, on a site that wants every language complete ({@code
 * site.translations.strict=true} in jbake.properties or as -D), makes each one a problem that fails
 * the bake.
 */
public final class TranslationCheck {
  /** The setting that turns missing and stale translations into errors. */
  public static final String STRICT = "site.translations.strict";

  private static final Logger LOG = LoggerFactory.getLogger(TranslationCheck.class);

  private TranslationCheck() {}

  /** Whether the site wants every language complete; anything but true or false is refused. */
  public static boolean strict(Function<String, Object> fromFile) {
    String value = SiteConfig.setting(STRICT, fromFile, "false");
    if (!value.equals("true") && !value.equals("false")) {
      throw new IllegalArgumentException(STRICT + " is '" + value + "'; write true or false");
    }
    return value.equals("true");
  }

  /**
   * Whether the site wants every language complete; a value other than true or false is a problem
   * at its line of {@code siteRoot}'s jbake.properties, and counts as false.
   */
  public static boolean strict(
      Function<String, Object> fromFile, Path siteRoot, Problems problems) {
    try {
      return strict(fromFile);
    } catch (IllegalArgumentException e) {
      problems.add(SiteConfig.settingProblem(siteRoot, STRICT, e.getMessage()));
      return false;
    }
  }

  /**
   * Writes the translation report beside the site and warns of each missing or stale translation;
   * called once the bake's check found no problem, so the report never describes a half-read site.
   * On a strict site the check has already made each of them a problem ({@code
   * check.ContentCheck#translations}), so a strict bake that comes here has none.
   *
   * @param articles every article read, published or draft
   */
  public static TranslationStatus report(List<Article> articles, SiteConfig config) {
    TranslationStatus status = TranslationStatus.of(articles);
    Path written =
        new TranslationReport(status).writeTo(TranslationReport.folderBeside(config.output()));
    LOG.info("Translation status: {}", written);
    for (Problem warning : status.warnings()) {
      LOG.warn("{}", warning);
    }
    return status;
  }
}
