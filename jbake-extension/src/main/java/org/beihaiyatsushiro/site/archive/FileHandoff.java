package org.beihaiyatsushiro.site.archive;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The files read from the site on their way to one archive writer, in the order they were read,
 * holding at most a given number of bytes: the reader waits while the writer catches up, so a slow
 * writer never makes the whole site pile up in memory. A file larger than the bound is handed over
 * alone, once the writer has taken every file before it.
 *
 * <p>One thread puts the files in ({@link #put}, then {@link #end} or {@link #fail}); one writer
 * takes them by iterating, once. Should the writer fail, it {@link #abandon}s the hand-off, and the
 * reader's puts no longer wait for it.
 */
final class FileHandoff implements Iterable<SiteFile> {
  /** Why the writer stops early: the reader failed, and its failure is reported by the reader. */
  static final class ReadingStopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ReadingStopped() {
      super("the site's files were not all read", null, false, false);
    }
  }

  private final long maxBytes;
  private final ArrayDeque<SiteFile> files = new ArrayDeque<>();
  private long bytes;
  private boolean ended;
  private boolean failed;
  private boolean abandoned;
  private boolean iterated;

  /**
   * @param maxBytes the most bytes of files the hand-off holds at once (but for one larger file
   *     alone)
   */
  FileHandoff(long maxBytes) {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("a hand-off holds at least one byte: " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /**
   * Hands a file over, waiting while it would take the hand-off beyond its bound.
   *
   * @throws InterruptedException when the reader is interrupted while it waits
   */
  synchronized void put(SiteFile file) throws InterruptedException {
    Objects.requireNonNull(file, "file");
    if (ended || failed) {
      throw new IllegalStateException("the hand-off is closed");
    }
    long size = file.bytes().length;
    while (!abandoned && !files.isEmpty() && bytes + size > maxBytes) {
      wait();
    }
    if (abandoned) {
      return;
    }
    files.add(file);
    bytes += size;
    notifyAll();
  }

  /** Says that every file has been handed over. */
  synchronized void end() {
    ended = true;
    notifyAll();
  }

  /** Says that reading stopped early: the writer stops with {@link ReadingStopped}. */
  synchronized void fail() {
    failed = true;
    files.clear();
    bytes = 0;
    notifyAll();
  }

  /** Says that the writer takes no more files: the files held are let go, and puts return. */
  synchronized void abandon() {
    abandoned = true;
    files.clear();
    bytes = 0;
    notifyAll();
  }

  /** The bytes of the files handed over and not yet taken. */
  synchronized long bytesHeld() {
    return bytes;
  }

  /**
   * The next file, waiting for the reader; {@code null} once every file has been taken.
   *
   * @throws ReadingStopped when reading stopped early
   */
  private synchronized SiteFile take() {
    while (files.isEmpty() && !ended && !failed) {
      try {
        wait();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ReadingStopped();
      }
    }
    if (failed) {
      throw new ReadingStopped();
    }
    SiteFile file = files.poll();
    if (file != null) {
      bytes -= file.bytes().length;
      notifyAll();
    }
    return file;
  }

  /**
   * The files in the order they were read, each taken from the hand-off as the iteration reaches
   * it; the hand-off can be iterated once.
   *
   * @throws ReadingStopped from the iterator when reading stopped early
   */
  @Override
  public synchronized Iterator<SiteFile> iterator() {
    if (iterated) {
      throw new IllegalStateException("a hand-off is iterated once");
    }
    iterated = true;
    return new Iterator<>() {
      private SiteFile next;

      @Override
      public boolean hasNext() {
        if (next == null) {
          next = take();
        }
        return next != null;
      }

      @Override
      public SiteFile next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        SiteFile file = next;
        next = null;
        return file;
      }
    };
  }
}
