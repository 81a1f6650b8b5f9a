package org.beihaiyatsushiro.site.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.beihaiyatsushiro.site.base.PlainFiles;

/**
 * Writes the files of the site under the output folder and remembers which it wrote.
 *
 * <p>The output folder is not emptied before a bake: creating the thousands of files of a large
 * site anew was the slowest part of its bake (this machine's disk takes about 0.3 ms to create a
 * file, 0.01 ms to read one back), so a file whose bytes are already there is left as it is, and
 * {@link #removeAllBut} then deletes whatever this bake did not write, so that a page whose source
 * went does not survive. Before anything is written, {@link #SiteWriter} makes sure the old output
 * holds only plain files and folders, each file with no other name: a link there, symbolic or hard
 * (`cp -al` of the site), would let a write change a file outside the site, so an output that holds
 * one (or a pipe, a device) is deleted whole.
 *
 * <p>Its methods may be called from several threads at once (pages are written by the threads that
 * fill them).
 */
public final class SiteWriter {
  private final Path output;
  private final Set<String> written = ConcurrentHashMap.newKeySet();

  /** The folders made so far (or found there), so that each is made once, not once per file. */
  private final Set<Path> folders = ConcurrentHashMap.newKeySet();

  /**
   * @param output the site's output folder; what an earlier bake left there is kept only if it is
   *     plain files and folders
   */
  public SiteWriter(Path output) {
    this.output = output.toAbsolutePath().normalize();
    try {
      if (!holdsOnlyPlainFilesAndFolders(this.output)) {
        deleteTree(this.output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot tidy the output folder " + this.output, e);
    }
  }

  /** Writes a text file as UTF-8 at a path relative to the site root. */
  public void write(String sitePath, String text) {
    write(sitePath, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes a file at a path relative to the site root, unless it holds these bytes already. */
  public void write(String sitePath, byte[] bytes) {
    Path file = output.resolve(sitePath);
    try {
      if (!holds(file, bytes)) {
        makeRoomFor(file);
        Files.write(file, bytes);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    written.add(sitePath);
  }

  /**
   * Copies a file made beforehand (an image of a cache under target/) to a path relative to the
   * site root, file to file, unless the site holds its bytes already (compared a block at a time,
   * neither file held in memory).
   */
  public void copy(String sitePath, Path made) {
    Path file = output.resolve(sitePath);
    try {
      if (Files.size(made) != sizeOf(file) || Files.mismatch(made, file) != -1) {
        makeRoomFor(file);
        Files.copy(made, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + made + " to " + file, e);
    }
    written.add(sitePath);
  }

  /** The site paths written so far, in no particular order. */
  public List<String> written() {
    return List.copyOf(written);
  }

  /**
   * Deletes every file under the output folder that this bake did not write and that no one else
   * keeps, then every folder left empty.
   *
   * @param keptByOthers the site paths written by others: the files JBake copies after the bake
   *     (assets, and the other files of content/)
   */
  public void removeAllBut(Predicate<String> keptByOthers) {
    if (!Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(output)) {
      List<Path> all = walk.toList();
      for (Path p : all) {
        if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          String sitePath = output.relativize(p).toString().replace('\\', '/');
          if (!written.contains(sitePath) && !keptByOthers.test(sitePath)) {
            Files.delete(p);
          }
        }
      }
      // Deepest first, so that a folder emptied of its folders goes too.
      for (int i = all.size() - 1; i > 0; i--) {
        Path p = all.get(i);
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          try (Stream<Path> inside = Files.list(p)) {
            if (inside.findAny().isEmpty()) {
              Files.delete(p);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the old files of " + output, e);
    }
  }

  /** Whether the file is there with exactly these bytes. */
  private static boolean holds(Path file, byte[] bytes) throws IOException {
    return sizeOf(file) == bytes.length && Arrays.equals(Files.readAllBytes(file), bytes);
  }

  /** The size of a plain file, or -1 when there is none at that path. */
  private static long sizeOf(Path file) throws IOException {
    return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? Files.size(file) : -1;
  }

  /**
   * Makes the file's folder, and takes out of the way what an earlier bake left where a folder or
   * the file must now be (a page that became a folder, or the reverse).
   */
  private void makeRoomFor(Path file) throws IOException {
    if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
      deleteTree(file);
    }
    Path folder = file.getParent();
    if (folders.contains(folder)) {
      return;
    }
    // Once per folder, one thread at a time: two threads must not both clear the way.
    synchronized (folders) {
      if (folders.contains(folder)) {
        return;
      }
      for (Path p = folder; p.startsWith(output) && !p.equals(output); p = p.getParent()) {
        if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)
            && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          Files.delete(p);
        }
      }
      Files.createDirectories(folder);
      folders.add(folder);
    }
  }

  /**
   * Whether the folder (if there) holds nothing but plain files and folders, itself included, each
   * file with one name only (where the file system counts names).
   */
  private static boolean holdsOnlyPlainFilesAndFolders(Path folder) throws IOException {
    if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
      return true;
    }
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.allMatch(
          p ->
              Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                  || (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                      && !PlainFiles.hasOtherNames(p)));
    }
  }

  /** Deletes a file or a folder with everything in it, following no link. */
  private static void deleteTree(Path path) throws IOException {
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
      Files.delete(path);
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
