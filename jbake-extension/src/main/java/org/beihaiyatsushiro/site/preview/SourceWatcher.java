package org.beihaiyatsushiro.site.preview;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;
import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the folders a bake reads (content, templates, assets, data, and jbake.properties) and
 * says when something in them was saved.
 *
 * <p>Editors' programs save in bursts (a temporary file, a rename, a touch); the changes of one
 * burst are gathered into one, so one save gives one bake. Folders created later are watched too.
 */
public final class SourceWatcher implements Closeable {
  /** How long the folders must stay quiet before a burst of changes counts as one save. */
  static final long QUIET_MILLIS = 120;

  private final Path siteRoot;
  private final WatchService watch;
  private final Map<WatchKey, Path> folders = new HashMap<>();

  /**
   * @param siteRoot the folder of jbake.properties
   * @param watched the folders to watch, each with everything below it
   */
  public SourceWatcher(Path siteRoot, List<Path> watched) {
    this.siteRoot = siteRoot.toAbsolutePath().normalize();
    try {
      this.watch = this.siteRoot.getFileSystem().newWatchService();
      register(this.siteRoot, false);
      for (Path folder : watched) {
        if (Files.isDirectory(folder)) {
          register(folder.toAbsolutePath().normalize(), true);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot watch the site's folders", e);
    }
  }

  /**
   * Waits until something is saved, then until the folders are quiet again.
   *
   * @return the files changed, relative to the site root; empty when the watcher was closed
   */
  public List<String> awaitChange() throws InterruptedException {
    List<String> changed = new ArrayList<>();
    try {
      while (changed.isEmpty()) {
        WatchKey key = watch.take();
        while (key != null) {
          collect(key, changed);
          key = watch.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
        }
      }
    } catch (ClosedWatchServiceException e) {
      return List.of();
    }
    return changed;
  }

  private void collect(WatchKey key, List<String> changed) {
    Path folder = folders.get(key);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (folder == null || event.kind() == OVERFLOW) {
        changed.add("(many files)");
        continue;
      }
      Path file = folder.resolve((Path) event.context());
      boolean top = folder.equals(siteRoot);
      if (top && !file.getFileName().toString().equals("jbake.properties")) {
        continue;
      }
      if (!top && event.kind() == ENTRY_CREATE && Files.isDirectory(file, NOFOLLOW_LINKS)) {
        try {
          register(file, true);
        } catch (IOException e) {
          changed.add(siteRoot.relativize(file) + " (cannot be watched: " + e.getMessage() + ")");
        }
      }
      String rel = siteRoot.relativize(file).toString().replace('\\', '/');
      if (!changed.contains(rel)) {
        changed.add(rel);
      }
    }
    if (!key.reset()) {
      folders.remove(key);
    }
  }

  private void register(Path folder, boolean withSubfolders) throws IOException {
    if (!withSubfolders) {
      folders.put(folder.register(watch, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), folder);
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      // A linked folder is not watched: the bake refuses it (content.SourceTree).
      for (Path dir : walk.filter(p -> Files.isDirectory(p, NOFOLLOW_LINKS)).toList()) {
        folders.put(dir.register(watch, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
      }
    }
  }

  @Override
  public void close() throws IOException {
    watch.close();
  }
}
