package org.beihaiyatsushiro.site.archive;

import gov.loc.repository.bagit.domain.Manifest;
import gov.loc.repository.bagit.domain.Metadata;
import gov.loc.repository.bagit.domain.Version;
import gov.loc.repository.bagit.hash.StandardSupportedAlgorithms;
import gov.loc.repository.bagit.writer.BagitFileWriter;
import gov.loc.repository.bagit.writer.ManifestWriter;
import gov.loc.repository.bagit.writer.MetadataWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.beihaiyatsushiro.site.base.Digests;
import org.beihaiyatsushiro.site.base.PlainFiles;

/**
 * The site as a BagIt 1.0 bag (RFC 8493): the files under {@code data/}, SHA-512 payload and tag
 * manifests, and a bag-info.txt naming the source commit, the date of the sources and the software
 * that made it, so an archivist can check the files' fixity for as long as they keep them. The
 * build adds the SBOM of the bake's classpath as a tag file ({@code bake-classpath.cdx.json}).
 *
 * <p>The bag is written with bagit-java's writers. Its {@code BagCreator} is not used: it dates the
 * bag with the build's clock and lists manifests in hash-map order; here the Bagging-Date is the
 * source date and every manifest is sorted by path, so the same sources give the same bag.
 */
final class SiteBag {
  static final Version BAGIT_VERSION = new Version(1, 0);
  private static final StandardSupportedAlgorithms ALGORITHM = StandardSupportedAlgorithms.SHA512;

  private SiteBag() {}

  /**
   * Writes the bag, with extra tag files beside bagit.txt (the SBOM of the bake's classpath), each
   * listed in the tag manifest under its own file name. The bag an earlier build left in the folder
   * is refreshed: first what the site no longer holds goes, then each file is written as it comes
   * (one whose bytes are unchanged is left untouched), bagit.txt first, so that a bag left
   * half-written by a failure is still known as a bag and replaced.
   *
   * @param sitePaths the site path of every file that {@code files} will give
   * @param description what the bag holds, for bag-info's External-Description
   * @param identifier the site's public address, for bag-info's External-Identifier
   */
  static void write(
      Iterable<SiteFile> files,
      Set<String> sitePaths,
      Provenance provenance,
      String description,
      String identifier,
      List<Path> extraTagFiles,
      Path bagDir)
      throws IOException {
    Path data = bagDir.resolve("data");
    Set<Path> kept = keptFrom(bagDir);
    // What the bag held and the site no longer does (a page deleted since, a file that became a
    // folder, a name whose case changed) goes before anything is written.
    for (Iterator<Path> it = kept.iterator(); it.hasNext(); ) {
      Path old = it.next();
      if (!sitePaths.contains(data.relativize(old).toString().replace('\\', '/'))) {
        Files.delete(old);
        it.remove();
      }
    }
    deleteEmptyFolders(data);
    Files.createDirectories(bagDir);
    BagitFileWriter.writeBagitFile(BAGIT_VERSION, StandardCharsets.UTF_8, bagDir);
    FileTime time = FileTime.from(provenance.sourceDate());
    Map<Path, String> payloadSums = new TreeMap<>();
    long octets = 0;
    int count = 0;
    for (SiteFile f : files) {
      Path copy = data.resolve(f.path());
      if (!kept.contains(copy) || !sameBytes(copy, f.bytes())) {
        Files.createDirectories(copy.getParent());
        // Never through a link: the bag's folders and files are checked to hold none.
        Files.write(
            copy,
            f.bytes(),
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE,
            LinkOption.NOFOLLOW_LINKS);
      }
      payloadSums.put(copy, hash(f.bytes()));
      octets += f.bytes().length;
      count++;
    }

    Manifest payload = manifest(payloadSums);
    ManifestWriter.writePayloadManifests(Set.of(payload), bagDir, bagDir, StandardCharsets.UTF_8);

    Metadata info = new Metadata();
    info.add("Bag-Software-Agent", provenance.software());
    info.add("Bagging-Date", provenance.sourceDay());
    info.add("External-Description", description);
    info.add("External-Identifier", identifier);
    info.add("Source-Commit", provenance.commit());
    info.add("Source-Date", provenance.sourceDateText());
    // RFC 8493's Payload-Oxum: the payload's total size in octets, '.', its number of files.
    info.add("Payload-Oxum", octets + "." + count);
    MetadataWriter.writeBagMetadata(info, BAGIT_VERSION, bagDir, StandardCharsets.UTF_8);

    List<Path> tagFiles = new ArrayList<>();
    tagFiles.add(bagDir.resolve("bagit.txt"));
    tagFiles.add(bagDir.resolve("bag-info.txt"));
    tagFiles.add(bagDir.resolve("manifest-" + ALGORITHM.getBagitName() + ".txt"));
    for (Path extra : extraTagFiles) {
      Path copy = bagDir.resolve(extra.getFileName().toString());
      Files.copy(extra, copy);
      tagFiles.add(copy);
    }
    Map<Path, String> tagSums = new TreeMap<>();
    for (Path tagFile : tagFiles) {
      tagSums.put(tagFile, hash(Files.readAllBytes(tagFile)));
    }
    ManifestWriter.writeTagManifests(
        Set.of(manifest(tagSums)), bagDir, bagDir, StandardCharsets.UTF_8);
    // Every file and folder of the bag is dated with the source date, once it is complete.
    try (Stream<Path> s = Files.walk(bagDir)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        if (!Files.getLastModifiedTime(p).equals(time)) {
          Files.setLastModifiedTime(p, time);
        }
      }
    }
  }

  /**
   * A manifest of the files' checksums, in a map sorted by path so it is written in the same order
   * every time.
   */
  private static Manifest manifest(Map<Path, String> sortedSums) {
    Manifest m = new Manifest(ALGORITHM);
    m.setFileToChecksumMap(sortedSums);
    return m;
  }

  /** The SHA-512 of the bytes in lower-case hexadecimal, as a manifest lists it. */
  private static String hash(byte[] bytes) {
    return Digests.hex(ALGORITHM.getMessageDigestName(), bytes);
  }

  /**
   * The payload files of the bag an earlier build left in the folder, which this build keeps when
   * their bytes are still the site's: creating a file costs far more than reading one (on 3 × 1000
   * articles the bag holds 6,000 files, and deleting and writing them all took seconds). Anything
   * in the folder that is not a plain file or folder (a link, wherever it points), or a file with a
   * second name (a hard link), makes the whole old bag go, so nothing is ever written through a
   * link. No folder, or none left: an empty set.
   */
  private static Set<Path> keptFrom(Path bagDir) throws IOException {
    Set<Path> files = new HashSet<>();
    if (!Files.exists(bagDir, LinkOption.NOFOLLOW_LINKS)) {
      return files;
    }
    if (!Files.isDirectory(bagDir, LinkOption.NOFOLLOW_LINKS)) {
      deleteTree(bagDir);
      return files;
    }
    Path data = bagDir.resolve("data");
    List<Path> tagFiles = new ArrayList<>();
    boolean plain = true;
    try (Stream<Path> s = Files.walk(bagDir)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        BasicFileAttributes a =
            Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (a.isRegularFile() && PlainFiles.hasOtherNames(p)) {
          plain = false; // written over, its other name's file would change too
        } else if (a.isRegularFile() && p.startsWith(data)) {
          files.add(p);
        } else if (a.isRegularFile()) {
          tagFiles.add(p);
        } else if (!a.isRegularFile() && !a.isDirectory()) {
          plain = false;
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    if (!plain) {
      deleteTree(bagDir);
      files.clear();
    } else if (!Files.isRegularFile(bagDir.resolve("bagit.txt"), LinkOption.NOFOLLOW_LINKS)) {
      deleteTree(bagDir); // refuses, naming the folder: it is not a bag
    } else {
      // The tag files (bagit.txt, bag-info.txt, the manifests, the SBOM) are few: written anew.
      for (Path tagFile : tagFiles) {
        Files.delete(tagFile);
      }
    }
    return files;
  }

  /** Whether a file holds exactly these bytes. */
  private static boolean sameBytes(Path file, byte[] bytes) throws IOException {
    if (Files.size(file) != bytes.length) {
      return false;
    }
    try (var in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      return Arrays.equals(in.readAllBytes(), bytes);
    }
  }

  /** Deletes the folders under the payload folder that the removal of old files left empty. */
  private static void deleteEmptyFolders(Path data) throws IOException {
    if (!Files.isDirectory(data, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> s = Files.walk(data)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        if (!p.equals(data) && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          try (Stream<Path> inside = Files.list(p)) {
            if (inside.findAny().isEmpty()) {
              Files.delete(p);
            }
          }
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Deletes a bag, or what a failed build left of one (a folder with bagit.txt), and leaves any
   * other folder alone: what was there before the build is not the build's to delete.
   */
  static void deleteIfABag(Path dir) throws IOException {
    if (Files.isRegularFile(dir.resolve("bagit.txt"))) {
      deleteTree(dir);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    if (!Files.isRegularFile(dir.resolve("bagit.txt"))) {
      throw new IOException(
          dir + " exists and is not a bag; it is not replaced (move it away or delete it)");
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
