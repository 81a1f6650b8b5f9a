package org.beihaiyatsushiro.site.archive;

import java.nio.file.Path;
import java.util.List;

/**
 * Where the archives of one build lie, all in one folder (target/archive in a build).
 *
 * @param zip the site as a zip, unpacking into one folder whose index.html opens the site
 * @param bag the BagIt bag (a folder)
 * @param warc the WARC file
 * @param cdxj the WARC's CDXJ index
 * @param wacz the WACZ package
 */
public record ArchiveFiles(Path zip, Path bag, Path warc, Path cdxj, Path wacz) {
  /** The name every archive file starts with. */
  public static final String NAME = "beihai-yatsushiro";

  /** The archive files in a folder. */
  public static ArchiveFiles in(Path folder) {
    return new ArchiveFiles(
        folder.resolve(NAME + "-site.zip"),
        folder.resolve(NAME + "-bag"),
        folder.resolve(NAME + ".warc.gz"),
        folder.resolve(NAME + ".cdxj"),
        folder.resolve(NAME + ".wacz"));
  }

  /** The folder the zip unpacks into. */
  public static String zipFolder() {
    return NAME + "-site";
  }

  /** Every archive, in the order they are made. */
  public List<Path> all() {
    return List.of(zip, bag, warc, cdxj, wacz);
  }
}
