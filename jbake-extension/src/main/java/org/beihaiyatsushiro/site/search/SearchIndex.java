package org.beihaiyatsushiro.site.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The search index of one language, built at bake time: for every term, the documents it occurs in
 * and how often, in the title and in the text.
 *
 * <p>{@link #search} is the reference implementation of the query the browser runs in
 * assets/js/search.js on the same data: every query term must be found (a word of three characters
 * or more also finds the words it begins: mask finds masks), and the hits are ranked by {@link
 * SearchHit#RANKING}.
 */
public final class SearchIndex {
  /** Where a term occurs in one document. */
  public record Posting(int doc, int inTitle, int inText) {}

  private final List<SearchDocument> docs;
  private final int[] titleLengths;
  private final int[] lengths;
  private final NavigableMap<String, List<Posting>> terms;

  private SearchIndex(
      List<SearchDocument> docs,
      int[] titleLengths,
      int[] lengths,
      NavigableMap<String, List<Posting>> terms) {
    this.docs = docs;
    this.titleLengths = titleLengths;
    this.lengths = lengths;
    this.terms = terms;
  }

  /** Indexes the documents, in the order given. */
  public static SearchIndex build(List<SearchDocument> docs) {
    Objects.requireNonNull(docs, "docs");
    Map<String, List<Posting>> terms = new HashMap<>();
    int[] titleLengths = new int[docs.size()];
    int[] lengths = new int[docs.size()];
    for (int i = 0; i < docs.size(); i++) {
      SearchDocument d = docs.get(i);
      List<Tokenizer.Run> title = Tokenizer.runs(d.title());
      List<Tokenizer.Run> text = Tokenizer.runs(d.text());
      titleLengths[i] = Tokenizer.positions(title);
      lengths[i] = Tokenizer.positions(text);
      Map<String, int[]> counts = new HashMap<>();
      for (String term : Tokenizer.indexTerms(title)) {
        counts.computeIfAbsent(term, t -> new int[2])[0]++;
      }
      for (String term : Tokenizer.indexTerms(text)) {
        counts.computeIfAbsent(term, t -> new int[2])[1]++;
      }
      // Documents are visited in order, so each term's postings stay in document order.
      for (Map.Entry<String, int[]> e : counts.entrySet()) {
        terms
            .computeIfAbsent(e.getKey(), t -> new ArrayList<>())
            .add(new Posting(i, e.getValue()[0], e.getValue()[1]));
      }
    }
    return new SearchIndex(List.copyOf(docs), titleLengths, lengths, new TreeMap<>(terms));
  }

  public List<SearchDocument> docs() {
    return docs;
  }

  /** The length of a document's title in positions (see {@link Tokenizer#positions}). */
  public int titleLength(int doc) {
    return titleLengths[doc];
  }

  /** The length of a document's text in positions (see {@link Tokenizer#positions}). */
  public int length(int doc) {
    return lengths[doc];
  }

  /** Every term with its postings, in sorted order. */
  public NavigableMap<String, List<Posting>> terms() {
    return Collections.unmodifiableNavigableMap(terms);
  }

  /** The documents that contain every term of the query, best first. */
  public List<SearchHit> search(String query) {
    List<String> queryTerms = Tokenizer.queryTerms(query);
    if (queryTerms.isEmpty()) {
      return List.of();
    }
    int[] matched = new int[docs.size()];
    int[] titleTerms = new int[docs.size()];
    int[] inTitle = new int[docs.size()];
    int[] inText = new int[docs.size()];
    for (String term : queryTerms) {
      int[] title = new int[docs.size()];
      boolean[] found = new boolean[docs.size()];
      for (List<Posting> postings : expansions(term)) {
        for (Posting p : postings) {
          found[p.doc()] = true;
          title[p.doc()] += p.inTitle();
          inText[p.doc()] += p.inText();
        }
      }
      for (int d = 0; d < docs.size(); d++) {
        if (found[d]) {
          matched[d]++;
          titleTerms[d] += title[d] > 0 ? 1 : 0;
          inTitle[d] += title[d];
        }
      }
    }
    List<SearchHit> hits = new ArrayList<>();
    for (int d = 0; d < docs.size(); d++) {
      if (matched[d] == queryTerms.size()) {
        hits.add(
            new SearchHit(
                d,
                titleTerms[d],
                (double) inTitle[d] / Math.max(1, titleLengths[d]),
                (double) inText[d] / Math.max(1, lengths[d])));
      }
    }
    hits.sort(SearchHit.RANKING);
    return hits;
  }

  private List<List<Posting>> expansions(String term) {
    if (!Tokenizer.matchesAsPrefix(term)) {
      List<Posting> exact = terms.get(term);
      return exact == null ? List.of() : List.of(exact);
    }
    List<List<Posting>> out = new ArrayList<>();
    for (Map.Entry<String, List<Posting>> e : terms.tailMap(term, true).entrySet()) {
      if (!e.getKey().startsWith(term)) {
        break;
      }
      out.add(e.getValue());
    }
    return out;
  }
}
