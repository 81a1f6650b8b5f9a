package org.beihaiyatsushiro.site.translations;

import java.nio.file.Path;
import java.util.List;
import org.beihaiyatsushiro.site.base.Problem;
import org.beihaiyatsushiro.site.base.SiteConfig;
import org.beihaiyatsushiro.site.content.Article;
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
  public static final String STRICT = SiteConfig.TRANSLATIONS_STRICT;

  private static final Logger LOG = LoggerFactory.getLogger(TranslationCheck.class);

  private TranslationCheck() {}

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
