package org.beihaiyatsushiro.site.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import javax.imageio.ImageIO;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.linebreak.LineBreaks;
import org.beihaiyatsushiro.site.testing.FixtureSite;
import org.junit.jupiter.api.Test;

/** Share images in an 8-bit palette: smaller files, the flat colours exact, the edges close. */
class PaletteTest {
  @Test
  void anImageOfMoreThan256ColoursKeepsItsCommonestExactlyAndTheRestNearby() {
    // A flat colour over most of the image, then 300 shades of grey, one column each.
    BufferedImage image = new BufferedImage(900, 4, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 4; y++) {
      for (int x = 0; x < 900; x++) {
        int grey = x < 600 ? -1 : (x - 600) * 255 / 299;
        image.setRGB(x, y, grey < 0 ? 0x2e6b5a : grey << 16 | grey << 8 | grey);
      }
    }

    BufferedImage indexed = Palette.of(image);

    assertThat(indexed.getColorModel()).isInstanceOf(IndexColorModel.class);
    assertThat(((IndexColorModel) indexed.getColorModel()).getMapSize()).isEqualTo(256);
    assertThat(indexed.getRGB(10, 2) & 0xffffff).isEqualTo(0x2e6b5a);
    for (int x = 600; x < 900; x++) {
      int before = image.getRGB(x, 1) & 0xff;
      int after = indexed.getRGB(x, 1) & 0xff;
      assertThat(Math.abs(after - before)).as("column %d", x).isLessThanOrEqualTo(2);
    }
  }

  @Test
  void aShareImageIsAPalettePngSmallerThanInFullColourWithItsFlatColoursExact() throws IOException {
    Emblem emblem =
        Emblem.of(Files.readAllBytes(FixtureSite.PROJECT.resolve("assets/img/emblem.svg")));
    ShareImage images = new ShareImage(emblem, new LineBreaks(List.of()));
    ShareCard card =
        new ShareCard(Language.EN, "Of Beihai’s parks", "Beihai & Yatsushiro", "1972–2022");
    byte[] png = images.png(card);
    BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));

    assertThat(read.getColorModel()).isInstanceOf(IndexColorModel.class);
    // The paper, the panel and the jade band of site.css, exactly.
    assertThat(read.getRGB(1000, 40) & 0xffffff).isEqualTo(0xfbfaf5);
    assertThat(read.getRGB(20, 40) & 0xffffff).isEqualTo(0xeef4f0);
    assertThat(read.getRGB(600, 625) & 0xffffff).isEqualTo(0x2e6b5a);
    // The same card as drawn, in full colour with all its edge shades, is a third larger or more.
    assertThat(png.length).isLessThan(ShareImage.Png.of(images.fullColour(card)).length * 3 / 4);
  }
}
