package org.beihaiyatsushiro.site.translations;

import java.nio.file.Path;
import org.beihaiyatsushiro.site.base.Problem;
import org.beihaiyatsushiro.site.base.SiteConfig;
import org.beihaiyatsushiro.site.i18n.ProblemText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The translation status as part of a bake: writes the report beside the site and warns of each
 * missing or stale translation. On a site that wants every language complete ({@code
 * site.translations.strict=true}), the content check has already made each one a problem ({@code
 * check.ContentCheck#translations}), so a bake that comes here has none.
 */
public final class TranslationCheck {
  private static final Logger LOG = LoggerFactory.getLogger(TranslationCheck.class);

  private TranslationCheck() {}

  /**
   * Writes the translation report beside the site and warns of each missing or stale translation;
   * called once the bake's check found no problem, so the report never describes a half-read site.
   * On a strict site the check has already made each of them a problem ({@code
   * check.ContentCheck#translations}), so a strict bake that comes here has none.
   *
   * @param status the translation status of every article read, published or draft, the one the
   *     check used
   * @param text the messages that tell the warnings
   */
  public static void report(TranslationStatus status, SiteConfig config, ProblemText text) {
    Path written =
        new TranslationReport(status, text)
            .writeTo(TranslationReport.folderBeside(config.output()));
    LOG.info("Translation status: {}", written);
    for (Problem warning : status.warnings()) {
      LOG.warn("{}", text.line(warning));
    }
  }
}
