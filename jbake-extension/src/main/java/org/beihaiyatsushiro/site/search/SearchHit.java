package org.beihaiyatsushiro.site.search;

import java.util.Comparator;

/**
 * A document that contains every term of a query, with what ranks it.
 *
 * @param doc the document's position in its index
 * @param titleTerms how many of the query's terms its title contains
 * @param titleDensity the occurrences of the query's terms in its title per position of the title:
 *     how much of the title the query fills
 * @param density the occurrences of the query's terms in its text per position of the text
 */
public record SearchHit(int doc, int titleTerms, double titleDensity, double density) {
  /**
   * The ranking: title matches first (more of the query's terms in the title, then the title the
   * query fills most: 北海市 before 北海与八代结好 for 北海), then the denser text, then the order of the index
   * (articles by date, then events by date). The query script sorts the same way.
   */
  public static final Comparator<SearchHit> RANKING =
      Comparator.comparingInt(SearchHit::titleTerms)
          .reversed()
          .thenComparing(Comparator.comparingDouble(SearchHit::titleDensity).reversed())
          .thenComparing(Comparator.comparingDouble(SearchHit::density).reversed())
          .thenComparingInt(SearchHit::doc);
}
