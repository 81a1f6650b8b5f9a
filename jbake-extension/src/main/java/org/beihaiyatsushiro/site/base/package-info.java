/**
 * The plain types every part of the site shares and none owns: the site's settings ({@link
 * org.beihaiyatsushiro.site.base.SiteConfig}), its languages, the problems found in its sources,
 * the partial dates of its articles, and the one rule for reading a folder ({@link
 * org.beihaiyatsushiro.site.base.PlainFiles}: plain files only, no link followed).
 *
 * <p>It is the bottom of the extension: it imports no other package of the site, so content, i18n,
 * pages, archive, check and translations can all depend on it without depending on each other.
 */
package org.beihaiyatsushiro.site.base;
