package org.beihaiyatsushiro.checks.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.beihaiyatsushiro.checks.BakedSite;
import org.beihaiyatsushiro.site.archive.ArchiveFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The zip of the site, as an archivist unpacks it and opens its index.html from disk. */
class SiteZipIT {
  @TempDir Path dir;

  @Test
  void theZipHoldsEverySiteFileInOneFolderAndOpensOfflineFromItsIndex() throws IOException {
    List<String> names = new ArrayList<>();
    try (ZipInputStream zip =
        new ZipInputStream(Files.newInputStream(PublishedSite.archives().zip()))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        names.add(e.getName());
        Path target = dir.resolve(e.getName()).normalize();
        assertThat(target.startsWith(dir)).as(e.getName()).isTrue();
        Files.createDirectories(target.getParent());
        Files.write(target, zip.readAllBytes());
      }
    }
    String folder = ArchiveFiles.zipFolder() + "/";
    assertThat(names)
        .isSorted()
        .containsExactlyElementsOf(BakedSite.files().stream().map(f -> folder + f).toList());

    Path unpacked = dir.resolve(ArchiveFiles.zipFolder());
    for (String f : BakedSite.files()) {
      assertThat(unpacked.resolve(f)).as(f).hasSameBinaryContentAs(BakedSite.ROOT.resolve(f));
    }
    SiteCrawl offline = SiteCrawl.of(unpacked, PublishedSite.baseUrl());
    assertThat(offline.problems()).isEmpty();
    assertThat(offline.reachableFrom("index.html")).contains("en/index.html", "css/site.css");
  }
}
