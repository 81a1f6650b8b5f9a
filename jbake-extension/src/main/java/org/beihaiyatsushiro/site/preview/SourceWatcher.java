package org.beihaiyatsushiro.site.preview;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import io.methvin.watcher.visitor.FileTreeVisitor;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.beihaiyatsushiro.site.base.Tasks;

/**
 * Watches the folders a bake reads (content, images, templates, assets, data, and jbake.properties)
 * and says when something in them was saved.
 *
 * <p>The watching is directory-watcher's: the system's own notifications on Linux and Windows, and
 * on macOS FSEvents (through JNA), where the JDK's WatchService only looks every few seconds.
 * Editors' programs save in bursts (a temporary file, a rename, a touch); the changes of one burst
 * are gathered into one, so one save gives one bake. Folders created later are watched too. Files
 * that editors' programs keep beside the file being edited (see {@link #isEditorsScratchFile}) and
 * everything outside the watched folders (target/, where the preview itself writes) are ignored.
 */
public final class SourceWatcher implements Closeable {
  /**
   * How long the folders must stay quiet before a burst of changes counts as one save. An editor's
   * save (a temporary file, a rename, a touch) comes within a few milliseconds; every millisecond
   * waited here is one more the editor waits for the page (it was 120 ms, a third of the wait).
   * Changes that come while a bake runs are baked next.
   */
  static final long QUIET_MILLIS = 50;

  /** The site's settings, the one file of the site root a bake reads. */
  private static final String SETTINGS = "jbake.properties";

  private final Path siteRoot;
  private final List<Path> watched;
  private final DirectoryWatcher watcher;

  /** The files saved, relative to the site root; an empty value once the watching has ended. */
  private final BlockingQueue<Optional<String>> changes = new LinkedBlockingQueue<>();

  private volatile boolean ended;

  /**
   * Starts watching.
   *
   * @param siteRoot the folder of jbake.properties
   * @param watched the folders to watch, each with everything below it
   * @throws UncheckedIOException when the folders cannot be watched
   */
  public SourceWatcher(Path siteRoot, List<Path> watched) {
    this.siteRoot = siteRoot.toAbsolutePath().normalize();
    this.watched = watched.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    try {
      this.watcher =
          DirectoryWatcher.builder()
              .path(this.siteRoot)
              .fileTreeVisitor(this::visitSources)
              // Every save counts, even one that leaves the bytes as they were; and no file is
              // read at start to hash it.
              .fileHashing(false)
              .listener(this::saved)
              .build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot watch the site's folders", e);
    }
    CompletableFuture<Void> watching =
        watcher.watchAsync(Tasks.onDaemonThread("preview-source-watcher"));
    try {
      watching.getNow(null);
    } catch (CompletionException e) {
      closeQuietly();
      Throwable cause = e.getCause();
      throw cause instanceof UncheckedIOException u
          ? new UncheckedIOException("cannot watch the site's folders", u.getCause())
          : new IllegalStateException("cannot watch the site's folders", cause);
    }
    watching.whenComplete((done, failure) -> end());
  }

  /**
   * Waits until something is saved, then until the folders are quiet again.
   *
   * @return the files changed, relative to the site root; empty when the watcher was closed
   */
  public List<String> awaitChange() throws InterruptedException {
    List<String> changed = new ArrayList<>();
    Optional<String> change = ended ? Optional.empty() : changes.take();
    while (change != null) {
      if (change.isEmpty()) {
        return List.of();
      }
      if (!changed.contains(change.get())) {
        changed.add(change.get());
      }
      change = changes.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
    }
    return changed;
  }

  /**
   * Whether a file is one that editors' programs write beside the file being edited and that no
   * bake reads: hidden files (vim's {@code .beihai.md.swp}, Emacs's {@code .#beihai.md} lock,
   * macOS's {@code .DS_Store}), backups ({@code beihai.md~}), Emacs's {@code #beihai.md#}, vim's
   * {@code 4913} probe, JetBrains' {@code ___jb_tmp___} and Microsoft Office's {@code ~$} files,
   * and {@code .tmp} files. Saving one of them alone does not rebake.
   *
   * @param name a file's name, without its folder
   */
  static boolean isEditorsScratchFile(String name) {
    return name.startsWith(".")
        || name.endsWith("~")
        || (name.length() > 1 && name.startsWith("#") && name.endsWith("#"))
        || name.startsWith("~$")
        || name.equals("4913")
        || name.endsWith("___jb_tmp___")
        || name.endsWith("___jb_old___")
        || name.endsWith(".tmp");
  }

  private void saved(DirectoryChangeEvent event) {
    if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW) {
      changes.add(Optional.of("(many files)"));
      return;
    }
    Path file = event.path().toAbsolutePath().normalize();
    if (isSource(file) && !isEditorsScratchFile(file.getFileName().toString())) {
      changes.add(Optional.of(siteRoot.relativize(file).toString().replace('\\', '/')));
    }
  }

  private boolean isSource(Path file) {
    return file.equals(siteRoot.resolve(SETTINGS))
        || watched.stream().anyMatch(folder -> file.startsWith(folder));
  }

  /**
   * Lists what is watched, for the watcher to register its folders and (on macOS) to tell what
   * changed: of the site root only the root itself and jbake.properties, and the watched folders
   * with everything below them; nothing of target/ or any other folder of the site root.
   */
  private void visitSources(
      Path start, FileTreeVisitor.Callback onDirectory, FileTreeVisitor.Callback onFile)
      throws IOException {
    Path path = start.toAbsolutePath().normalize();
    if (path.equals(siteRoot)) {
      onDirectory.call(path);
      Path settings = siteRoot.resolve(SETTINGS);
      if (Files.isRegularFile(settings)) {
        onFile.call(settings);
      }
      for (Path folder : watched) {
        if (Files.isDirectory(folder)) {
          FileTreeVisitor.DEFAULT_FILE_TREE_VISITOR.recursiveVisitFiles(
              folder, onDirectory, onFile);
        }
      }
    } else if (isSource(path) && Files.exists(path)) {
      FileTreeVisitor.DEFAULT_FILE_TREE_VISITOR.recursiveVisitFiles(path, onDirectory, onFile);
    }
  }

  private void end() {
    ended = true;
    changes.add(Optional.empty());
  }

  private void closeQuietly() {
    try {
      watcher.close();
    } catch (IOException e) {
      // Failing anyway.
    }
  }

  @Override
  public void close() throws IOException {
    try {
      watcher.close();
    } finally {
      end();
    }
  }
}
