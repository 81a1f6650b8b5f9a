package org.beihaiyatsushiro.checks.publish;

import java.nio.file.Path;
import org.beihaiyatsushiro.checks.BakedSite;
import org.beihaiyatsushiro.site.archive.ArchiveFiles;
import org.beihaiyatsushiro.site.base.SiteConfig;

/**
 * What this build published: the base URL it baked the site for, and where its archives lie.
 *
 * <p>The base URL is worked out exactly as the build did: {@code -Dsite.baseUrl=…} when the build
 * was given one (the pom passes it on to these checks), else jbake.properties.
 */
public final class PublishedSite {
  /** The archives of the build (system property baked.archive, set by the pom). */
  public static final Path ARCHIVE =
      Path.of(System.getProperty("baked.archive", "../target/archive"))
          .toAbsolutePath()
          .normalize();

  private PublishedSite() {}

  /** The site's public address, ending in '/'. */
  public static String baseUrl() {
    return SiteConfig.baseUrl(SiteConfig.readProperties(BakedSite.SOURCES)::getProperty);
  }

  /**
   * A setting of this build, read as the build reads it: a system property of that name wins over
   * jbake.properties; null when neither sets it.
   */
  public static String setting(String key) {
    return SiteConfig.setting(key, SiteConfig.readProperties(BakedSite.SOURCES)::getProperty, null);
  }

  /** The path of the base URL: /repo/, or / for a site at the root of its host. */
  public static String basePath() {
    String path = java.net.URI.create(baseUrl()).getRawPath();
    return path.isEmpty() ? "/" : path;
  }

  /** The archives this build made. */
  public static ArchiveFiles archives() {
    return ArchiveFiles.in(ARCHIVE);
  }

  /** A crawl of the baked site. */
  public static SiteCrawl crawl() {
    return SiteCrawl.of(BakedSite.ROOT, baseUrl());
  }
}
