package org.beihaiyatsushiro.site.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/** Writes the files of the site under the output folder and remembers which it wrote. */
public final class SiteWriter {
  private final Path output;
  private final List<String> written = new ArrayList<>();

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
      Files.createDirectories(file.getParent());
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
      Files.createDirectories(file.getParent());
      Files.copy(made, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + made + " to " + file, e);
    }
    written.add(sitePath);
  }

  /** The site paths written so far, in order. */
  public List<String> written() {
    return List.copyOf(written);
  }
}
