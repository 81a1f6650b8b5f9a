package org.beihaiyatsushiro.site.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The hand-off between the reader of the site's files and one archive writer holds at most its
 * bound in bytes, whatever the number of files, and lets a file larger than the bound through
 * alone.
 */
@Timeout(20)
class FileHandoffTest {
  /** Long enough for a put that could go through to have gone through. */
  private static final long WAIT_MS = 300;

  @Test
  void theReaderWaitsWhenTheNextFileWouldTakeTheHandoffBeyondItsBoundInBytes() throws Exception {
    FileHandoff handoff = new FileHandoff(100);
    handoff.put(file("a.html", 60));
    handoff.put(file("b.html", 40));
    assertThat(handoff.bytesHeld()).isEqualTo(100);

    CompletableFuture<Void> third = putLater(handoff, file("c.html", 1));
    assertThat(waitsFor(third)).as("a third file beyond 100 bytes waits").isTrue();

    Iterator<SiteFile> writer = handoff.iterator();
    assertThat(writer.next().path()).isEqualTo("a.html");
    third.get(5, TimeUnit.SECONDS);
    assertThat(handoff.bytesHeld()).isEqualTo(41);
  }

  @Test
  void manySmallFilesFillTheHandoffToItsBoundNotToANumberOfFiles() throws Exception {
    FileHandoff handoff = new FileHandoff(1000);
    for (int i = 0; i < 100; i++) {
      handoff.put(file("p" + i + ".png", 10));
    }
    assertThat(handoff.bytesHeld()).isEqualTo(1000);
    assertThat(waitsFor(putLater(handoff, file("q.png", 10)))).isTrue();
  }

  @Test
  void aFileLargerThanTheBoundGoesThroughAloneOnceTheWriterHasTakenTheFilesBeforeIt()
      throws Exception {
    FileHandoff handoff = new FileHandoff(100);
    handoff.put(file("a.html", 10));
    CompletableFuture<Void> large = putLater(handoff, file("report.pdf", 500));
    assertThat(waitsFor(large)).isTrue();

    Iterator<SiteFile> writer = handoff.iterator();
    assertThat(writer.next().path()).isEqualTo("a.html");
    large.get(5, TimeUnit.SECONDS);
    assertThat(handoff.bytesHeld()).isEqualTo(500);
    CompletableFuture<Void> after = putLater(handoff, file("z.html", 1));
    assertThat(waitsFor(after)).as("nothing joins the large file").isTrue();

    assertThat(writer.next().path()).isEqualTo("report.pdf");
    after.get(5, TimeUnit.SECONDS);
    handoff.end();
    assertThat(writer.next().path()).isEqualTo("z.html");
    assertThat(writer.hasNext()).isFalse();
  }

  @Test
  void theWriterGetsEveryFileInTheOrderRead() throws Exception {
    FileHandoff handoff = new FileHandoff(64);
    List<String> read = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      read.add(String.format("f%03d.html", i));
    }
    CompletableFuture<Void> reader =
        CompletableFuture.runAsync(
            () -> {
              try {
                for (int i = 0; i < read.size(); i++) {
                  // 1 to 100 bytes: some files larger than the bound, which go through alone.
                  handoff.put(file(read.get(i), 1 + i % 100));
                }
                handoff.end();
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });
    List<String> written = new ArrayList<>();
    for (SiteFile f : handoff) {
      written.add(f.path());
      assertThat(handoff.bytesHeld()).isLessThanOrEqualTo(100);
    }
    reader.get(5, TimeUnit.SECONDS);
    assertThat(written).isEqualTo(read);
  }

  @Test
  void aWriterThatGivesUpNoLongerHoldsTheReaderUp() throws Exception {
    FileHandoff handoff = new FileHandoff(10);
    handoff.put(file("a.html", 10));
    CompletableFuture<Void> waiting = putLater(handoff, file("b.html", 10));
    assertThat(waitsFor(waiting)).isTrue();

    handoff.abandon();

    waiting.get(5, TimeUnit.SECONDS);
    handoff.put(file("c.html", 10));
    assertThat(handoff.bytesHeld()).isZero();
  }

  @Test
  void aWriterStopsWhenReadingStopped() throws Exception {
    FileHandoff handoff = new FileHandoff(100);
    handoff.put(file("a.html", 10));
    Iterator<SiteFile> writer = handoff.iterator();

    handoff.fail();

    assertThatThrownBy(writer::hasNext).isInstanceOf(FileHandoff.ReadingStopped.class);
  }

  private static SiteFile file(String path, int size) {
    return new SiteFile(path, new byte[size]);
  }

  private static CompletableFuture<Void> putLater(FileHandoff handoff, SiteFile file) {
    return CompletableFuture.runAsync(
        () -> {
          try {
            handoff.put(file);
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  /** Whether the put is still waiting after a while. */
  private static boolean waitsFor(CompletableFuture<Void> put)
      throws InterruptedException, ExecutionException {
    try {
      put.get(WAIT_MS, TimeUnit.MILLISECONDS);
      return false;
    } catch (TimeoutException e) {
      return true;
    }
  }
}
