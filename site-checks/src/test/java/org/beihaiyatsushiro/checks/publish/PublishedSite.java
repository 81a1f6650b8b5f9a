package org.beihaiyatsushiro.checks.publish;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.beihaiyatsushiro.checks.BakedSite;
import org.beihaiyatsushiro.site.archive.ArchiveFiles;
import org.beihaiyatsushiro.site.pages.SiteConfig;

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
    Properties jbake = new Properties();
    Path file = BakedSite.SOURCES.resolve("jbake.properties");
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      jbake.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return SiteConfig.baseUrl(jbake::getProperty);
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
