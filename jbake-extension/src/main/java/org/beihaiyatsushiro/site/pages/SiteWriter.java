package org.beihaiyatsushiro.site.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the files of the site under the output folder and remembers which it wrote. Its methods
 * may be called from several threads at once (pages are written by the threads that fill them:
 * creating a file is what this disk is slowest at, and one thread creating 6,000 of them in turn
 * kept the other core waiting).
 */
public final class SiteWriter {
  private final Path output;
  private final List<String> written = Collections.synchronizedList(new ArrayList<>());

  /** The folders made so far (or found there), so that each is made once, not once per file. */
  private final Set<Path> folders = ConcurrentHashMap.newKeySet();

  public SiteWriter(Path output) {
    this.output = output;
  }

  /** Writes a text file as UTF-8 at a path relative to the site root. */
  public void write(String sitePath, String text) {
    write(sitePath, text.getBytes(StandardCharsets.UTF_8));
  }

  public void write(String sitePath, byte[] bytes) {
    Path file = output.resolve(sitePath);
    try {
      folderOf(file);
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    written.add(sitePath);
  }

  /**
   * Copies a file made beforehand (an image of a cache under target/) to a path relative to the
   * site root, file to file, without holding it in memory.
   */
  public void copy(String sitePath, Path made) {
    Path file = output.resolve(sitePath);
    try {
      folderOf(file);
      Files.copy(made, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + made + " to " + file, e);
    }
    written.add(sitePath);
  }

  private void folderOf(Path file) throws IOException {
    Path folder = file.getParent();
    if (!folders.contains(folder)) {
      Files.createDirectories(folder);
      folders.add(folder);
    }
  }

  /** The site paths written so far, in no particular order. */
  public List<String> written() {
    synchronized (written) {
      return List.copyOf(written);
    }
  }
}
