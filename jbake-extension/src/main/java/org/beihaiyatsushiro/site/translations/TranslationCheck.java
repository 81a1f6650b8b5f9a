package org.beihaiyatsushiro.site.translations;

import java.nio.file.Path;
import java.util.List;
import org.beihaiyatsushiro.site.base.Problem;
import org.beihaiyatsushiro.site.base.Problems;
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
   * Runs the check at the end of reading a bake's content.
   *
   * @param articles every article read, published or draft
   * @param config the site's settings: whether it wants every language complete, where the site is
   *     written
   * @param problems the bake's problems; a report is written only when there are none yet, so it
   *     never describes a half-read site
   */
  public static TranslationStatus run(
      List<Article> articles, SiteConfig config, Problems problems) {
    TranslationStatus status = TranslationStatus.of(articles);
    boolean strict = config.translationsStrict();
    if (problems.isEmpty()) {
      Path written =
          new TranslationReport(status).writeTo(TranslationReport.folderBeside(config.output()));
      LOG.info("Translation status: {}", written);
    }
    for (Problem warning : status.warnings()) {
      if (strict) {
        problems.add(warning);
      } else {
        LOG.warn("{}", warning);
      }
    }
    return status;
  }
}
