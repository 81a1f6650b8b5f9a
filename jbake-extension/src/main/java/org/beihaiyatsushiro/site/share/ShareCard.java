package org.beihaiyatsushiro.site.share;

import org.beihaiyatsushiro.site.base.Language;

/**
 * What one share image shows: a page's title in its language, under the site's title, beside the
 * emblem and the years 1972 to 2022.
 *
 * @param lang the page's language, which decides the font (Simplified Chinese or Japanese forms)
 *     and the line-breaking rules
 * @param title the page's title
 * @param siteTitle the site's title in that language
 * @param years the years as that language writes them (1972—2022, 1972〜2022, 1972–2022: {@code
 *     occasion.years} of data/i18n), as the home page shows them
 */
public record ShareCard(Language lang, String title, String siteTitle, String years) {}
