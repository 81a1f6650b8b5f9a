package org.beihaiyatsushiro.site.search;

import java.util.Comparator;

/**
 * A document that contains every term of a query, with what ranks it.
 *
 * @param doc the document's position in its index
 * @param titleTerms how many of the query's terms its title contains
 * @param density the occurrences of the query's terms in its text per position of the text
 */
public record SearchHit(int doc, int titleTerms, double density) {
  /**
   * The ranking: more query terms in the title first, then the denser text, then the order of the
   * index (articles by date, then events by date). The query script sorts the same way.
   */
  public static final Comparator<SearchHit> RANKING =
      Comparator.comparingInt(SearchHit::titleTerms)
          .reversed()
          .thenComparing(Comparator.comparingDouble(SearchHit::density).reversed())
          .thenComparingInt(SearchHit::doc);
}
