/*
 * The site's search, run in the reader's browser; no framework, no eval, no innerHTML.
 *
 * The build writes one index per language, search/index-<lang>.js, each setting
 * globalThis.SiteSearchIndex[<lang>] (a script, not JSON, because browsers refuse fetch() from
 * file://). The search page loads its own language's index; the "all languages" box loads the
 * others. The query is folded and cut into terms by the same rules the build indexed the text with
 * (Java: org.beihaiyatsushiro.site.search.SearchText, Tokenizer, SearchIndex#search); the shared
 * cases in jbake-extension/src/test/resources/org/beihaiyatsushiro/site/search/search-cases.json
 * test both sides.
 *
 * In Node (tests, benchmark) the file exports the same functions and touches no document.
 */
(function (global) {
  'use strict';

  var CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC]/u;
  var WORD = /[\p{L}\p{N}\p{M}]/u;
  var MARK = /[\p{M}\uFF9E\uFF9F]/u;

  /* ---- Text rules: keep in step with SearchText.java and Tokenizer.java. ---- */

  /** NFKC, then case folded (upper-cased, then lower-cased). */
  function fold(text) {
    return String(text).normalize('NFKC').toUpperCase().toLowerCase();
  }

  function isCjk(ch) {
    return CJK.test(ch);
  }

  function isWordPart(ch) {
    return !CJK.test(ch) && WORD.test(ch);
  }

  /** The runs of a text after folding: {cjk, text}, CJK characters or one word each. */
  function runs(text) {
    var out = [];
    var current = '';
    var currentCjk = false;
    for (var ch of fold(text)) {
      var cjk = isCjk(ch);
      if (!cjk && !WORD.test(ch)) {
        if (current) out.push({ cjk: currentCjk, text: current });
        current = '';
        continue;
      }
      if (current && cjk !== currentCjk) {
        out.push({ cjk: currentCjk, text: current });
        current = '';
      }
      currentCjk = cjk;
      current += ch;
    }
    if (current) out.push({ cjk: currentCjk, text: current });
    return out;
  }

  /**
   * The singular of a folded English plural (cities → city, churches → church, boxes → box,
   * glasses → glass, seahorses → seahorse): words of four or more letters a–z, never one ending in
   * ss, us or is. The index and the query write every word so, as Tokenizer.stem does.
   */
  function stem(word) {
    if (word.length < 4 || !/^[a-z]+$/.test(word)) return word;
    if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
    if (/(?:sses|ches|shes|xes)$/.test(word)) return word.slice(0, -2);
    if (/s$/.test(word) && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
    return word;
  }

  /** The terms a text is indexed under, one per occurrence: characters, bigrams, words. */
  function indexTerms(text) {
    var terms = [];
    runs(text).forEach(function (run) {
      if (!run.cjk) {
        terms.push(stem(run.text));
        return;
      }
      var cps = Array.from(run.text);
      for (var i = 0; i < cps.length; i++) {
        terms.push(cps[i]);
        if (i + 1 < cps.length) terms.push(cps[i] + cps[i + 1]);
      }
    });
    return terms;
  }

  /** The distinct terms a query looks up: bigrams (or the one character) of CJK runs, words. */
  function queryTerms(query) {
    var terms = [];
    function add(t) {
      if (terms.indexOf(t) < 0) terms.push(t);
    }
    runs(query).forEach(function (run) {
      if (!run.cjk) {
        add(stem(run.text));
        return;
      }
      var cps = Array.from(run.text);
      if (cps.length === 1) add(run.text);
      for (var i = 0; i + 1 < cps.length; i++) add(cps[i] + cps[i + 1]);
    });
    return terms;
  }

  /** The length of a text in positions: one per CJK character, one per word. */
  function positions(text) {
    var n = 0;
    runs(text).forEach(function (run) {
      n += run.cjk ? Array.from(run.text).length : 1;
    });
    return n;
  }

  /** Whether a query term also finds the longer words it begins (mask finds masks). */
  function matchesAsPrefix(term) {
    return term.length >= 3 && !isCjk(String.fromCodePoint(term.codePointAt(0)));
  }

  /* ---- Query and ranking: keep in step with SearchIndex#search and SearchHit.RANKING. ---- */

  var sortedTerms = new WeakMap();

  function own(terms, term) {
    return Object.prototype.hasOwnProperty.call(terms, term) ? terms[term] : null;
  }

  /** The posting lists a query term finds: its own, or those of every word it begins. */
  function expansions(index, term) {
    if (!matchesAsPrefix(term)) {
      var exact = own(index.terms, term);
      return exact ? [exact] : [];
    }
    var keys = sortedTerms.get(index);
    if (!keys) {
      keys = Object.keys(index.terms).sort();
      sortedTerms.set(index, keys);
    }
    var lo = 0;
    var hi = keys.length;
    while (lo < hi) {
      var mid = (lo + hi) >>> 1;
      if (keys[mid] < term) lo = mid + 1;
      else hi = mid;
    }
    var out = [];
    for (var i = lo; i < keys.length && keys[i].startsWith(term); i++) out.push(index.terms[keys[i]]);
    return out;
  }

  /** Title matches first (more terms, then the fuller title), then the denser text; 0 on a tie. */
  function rank(a, b) {
    return (
      b.titleTerms - a.titleTerms ||
      b.titleDensity - a.titleDensity ||
      b.density - a.density
    );
  }

  /** The hits of one index: by rank, then in the order of the index. */
  function compareHits(a, b) {
    return rank(a, b) || a.doc - b.doc;
  }

  /** The hits of several indexes: by rank, then the earlier index, then the order of the index. */
  function compareAllHits(a, b) {
    return rank(a, b) || a.order - b.order || a.doc - b.doc;
  }

  /**
   * The documents of one index that contain every term of the query, best first:
   * [{doc, titleTerms, titleDensity, density}].
   */
  function search(index, query) {
    return matches(index, query).sort(compareHits);
  }

  /** The documents of one index that contain every term of the query, in the index's order. */
  function matches(index, query) {
    var terms = queryTerms(query);
    var n = index.docs.length;
    if (!terms.length || !n) return [];
    var matched = new Int32Array(n);
    var titleTerms = new Int32Array(n);
    var inTitle = new Int32Array(n);
    var inText = new Int32Array(n);
    terms.forEach(function (term) {
      var title = new Int32Array(n);
      var found = new Uint8Array(n);
      expansions(index, term).forEach(function (postings) {
        for (var i = 0; i < postings.length; i += 3) {
          var d = postings[i];
          found[d] = 1;
          title[d] += postings[i + 1];
          inText[d] += postings[i + 2];
        }
      });
      for (var d = 0; d < n; d++) {
        if (found[d]) {
          matched[d]++;
          if (title[d] > 0) titleTerms[d]++;
          inTitle[d] += title[d];
        }
      }
    });
    var hits = [];
    for (var d = 0; d < n; d++) {
      if (matched[d] === terms.length) {
        hits.push({
          doc: d,
          titleTerms: titleTerms[d],
          titleDensity: inTitle[d] / Math.max(1, index.docs[d].tn),
          density: inText[d] / Math.max(1, index.docs[d].n)
        });
      }
    }
    return hits;
  }

  /**
   * Searches several indexes (the reader's language first) and ranks all hits together:
   * [{index, doc, titleTerms, titleDensity, density}]; on a tie the earlier index wins.
   */
  function searchAll(indexes, query) {
    var hits = [];
    indexes.forEach(function (index, i) {
      matches(index, query).forEach(function (h) {
        h.index = index;
        h.order = i;
        hits.push(h);
      });
    });
    return hits.sort(compareAllHits);
  }

  /* ---- Highlighting. ---- */

  /*
   * The text folded piece by piece (a character with its combining marks), with where each folded
   * unit came from, so a match in the folded text maps back to the text as written. Pieces and
   * texts are folded once per page: a page searches the same few hundred texts again and again.
   */
  var foldedPieces = new Map();
  var foldedTexts = new Map();

  function foldPiece(piece) {
    var f = foldedPieces.get(piece);
    if (f === undefined) {
      f = fold(piece);
      foldedPieces.set(piece, f);
    }
    return f;
  }

  /**
   * Whether fold() turns this UTF-16 unit, wherever it stands, into exactly one unit: ASCII,
   * Latin-1 letters but ß, CJK ideographs, kana, the usual CJK punctuation, dashes and quotes,
   * full-width ASCII. A text of only such units folds in one call and keeps every position.
   */
  function foldsOneToOne(c) {
    return (
      c < 0x80 ||
      (c >= 0xc0 && c <= 0xff && c !== 0xdf) ||
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0x3041 && c <= 0x3096) ||
      (c >= 0x30a1 && c <= 0x30fc) ||
      (c >= 0x3000 && c <= 0x3003) ||
      (c >= 0x3008 && c <= 0x3011) ||
      (c >= 0xff01 && c <= 0xff5e) ||
      (c >= 0x2013 && c <= 0x2015) ||
      (c >= 0x2018 && c <= 0x2019) ||
      (c >= 0x201c && c <= 0x201d) ||
      c === 0x00b7
    );
  }

  function foldedWithMap(text) {
    var known = foldedTexts.get(text);
    if (known) return known;
    var simple = true;
    for (var j = 0; j < text.length && simple; j++) simple = foldsOneToOne(text.charCodeAt(j));
    if (simple) {
      known = { folded: fold(text), from: null, to: null };
      foldedTexts.set(text, known);
      return known;
    }
    var parts = [];
    var from = [];
    var to = [];
    var i = 0;
    while (i < text.length) {
      var start = i;
      i += text.codePointAt(i) > 0xffff ? 2 : 1;
      while (i < text.length && !foldsOneToOne(text.charCodeAt(i))) {
        var next = String.fromCodePoint(text.codePointAt(i));
        if (!MARK.test(next)) break;
        i += next.length;
      }
      var piece = foldPiece(text.slice(start, i));
      for (var k = 0; k < piece.length; k++) {
        from.push(start);
        to.push(i);
      }
      parts.push(piece);
    }
    known = { folded: parts.join(''), from: from, to: to };
    foldedTexts.set(text, known);
    return known;
  }

  function charAt(s, i) {
    return i >= 0 && i < s.length ? String.fromCodePoint(s.codePointAt(i)) : '';
  }

  function charBefore(s, i) {
    if (i <= 0) return '';
    var low = s.charCodeAt(i - 1);
    return low >= 0xdc00 && low <= 0xdfff && i >= 2 ? s.slice(i - 2, i) : s.charAt(i - 1);
  }

  /**
   * Where the query's terms occur in a text, as [start, end) ranges of the text as written, sorted
   * and merged (the bigrams of 并驾齐驱 make one range). A word of the text matches a word of the
   * query when their stems are the same (seahorses and seahorse), or when the query's word also
   * matches as a prefix and the text's word begins with it.
   */
  function highlight(text, query) {
    var terms = queryTerms(query);
    if (!terms.length) return [];
    var m = foldedWithMap(text);
    var f = m.folded;
    var ranges = [];
    var words = [];
    terms.forEach(function (term) {
      if (!isCjk(String.fromCodePoint(term.codePointAt(0)))) {
        words.push(term);
        return;
      }
      for (var at = f.indexOf(term); at >= 0; at = f.indexOf(term, at + 1)) {
        ranges.push([at, at + term.length]);
      }
    });
    if (words.length) {
      var i = 0;
      while (i < f.length) {
        var ch = charAt(f, i);
        if (!isWordPart(ch)) {
          i += ch.length || 1;
          continue;
        }
        var start = i;
        while (i < f.length && isWordPart(charAt(f, i))) i += charAt(f, i).length;
        var word = f.slice(start, i);
        var stemmed = stem(word);
        var found = words.some(function (term) {
          return (
            stemmed === term ||
            (matchesAsPrefix(term) && (stemmed.startsWith(term) || word.startsWith(term)))
          );
        });
        if (found) ranges.push([start, i]);
      }
    }
    ranges.sort(function (a, b) {
      return a[0] - b[0] || a[1] - b[1];
    });
    var merged = [];
    ranges.forEach(function (r) {
      var last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
      else merged.push([r[0], r[1]]);
    });
    return merged.map(function (r) {
      return m.from ? [m.from[r[0]], m.to[r[1] - 1]] : r;
    });
  }

  /**
   * A short piece of a text around its first match, as segments {text, mark}; "…" marks a cut.
   *
   * @param max the length of the piece in UTF-16 units, before the ellipses
   */
  function snippet(text, query, max) {
    var ranges = highlight(text, query);
    var length = max || 160;
    var start = 0;
    if (ranges.length && text.length > length) {
      start = Math.max(0, Math.min(ranges[0][0] - Math.floor(length / 4), text.length - length));
    }
    if (start > 0 && /[\uDC00-\uDFFF]/.test(text.charAt(start))) start--;
    var end = Math.min(text.length, start + length);
    if (end < text.length && /[\uDC00-\uDFFF]/.test(text.charAt(end))) end++;
    ranges.forEach(function (r) {
      if (r[0] < end && end < r[1]) end = r[1]; // never cut a marked word
    });
    return segments(text, ranges, start, end, start > 0, end < text.length);
  }

  function segments(text, ranges, start, end, cutBefore, cutAfter) {
    var out = [];
    var at = start;
    function plain(upTo) {
      if (upTo > at) out.push({ text: text.slice(at, upTo), mark: false });
    }
    ranges.forEach(function (r) {
      var a = Math.max(r[0], start);
      var b = Math.min(r[1], end);
      if (a >= b || a < at) return;
      plain(a);
      out.push({ text: text.slice(a, b), mark: true });
      at = b;
    });
    plain(end);
    if (cutBefore) out.unshift({ text: '…', mark: false });
    if (cutAfter) out.push({ text: '…', mark: false });
    return out;
  }

  /** A whole text (a title) as segments with its matches marked. */
  function marked(text, query) {
    return segments(text, highlight(text, query), 0, text.length, false, false);
  }

  var api = {
    fold: fold,
    stem: stem,
    runs: runs,
    indexTerms: indexTerms,
    queryTerms: queryTerms,
    positions: positions,
    matchesAsPrefix: matchesAsPrefix,
    search: search,
    searchAll: searchAll,
    highlight: highlight,
    snippet: snippet,
    marked: marked
  };
  global.SiteSearch = api;
  if (typeof module === 'object' && module && module.exports) module.exports = api;

  /* ---- The search page. ---- */

  function init() {
    var results = document.getElementById('search-results');
    var form = document.querySelector('form.search-form');
    var input = document.getElementById('search-query');
    var all = document.getElementById('search-all');
    var status = document.getElementById('search-status');
    var elsewhere = document.getElementById('search-elsewhere');
    if (!results || !form || !input || !all || !status) return;
    var data = results.dataset;
    var pageLang = data.lang;
    var sources = {};
    var order = [pageLang];
    (data.indexes || '').split(' ').forEach(function (pair) {
      var eq = pair.indexOf('=');
      if (eq <= 0) return;
      var code = pair.slice(0, eq);
      sources[code] = pair.slice(eq + 1);
      if (code !== pageLang) order.push(code);
    });

    Array.prototype.forEach.call(document.querySelectorAll('.search-noscript'), function (p) {
      p.hidden = true;
    });
    form.hidden = false;

    var params = new URLSearchParams(global.location.search);
    input.value = params.get('q') || '';
    all.checked = params.get('all') === '1';
    var header = document.querySelector('form.site-search input[type=search]');
    if (header && !header.value) header.value = input.value;

    function loaded(code) {
      return global.SiteSearchIndex && own(global.SiteSearchIndex, code);
    }

    function ensureLoaded(done) {
      var missing = order.filter(function (code) {
        return !loaded(code) && sources[code];
      });
      if (!missing.length) {
        done();
        return;
      }
      say(data.loading);
      var waiting = missing.length;
      missing.forEach(function (code) {
        var script = document.createElement('script');
        script.src = sources[code];
        script.onload = script.onerror = function () {
          if (--waiting === 0) done();
        };
        document.head.appendChild(script);
      });
    }

    function say(text) {
      status.textContent = text || '';
    }

    function fill(template, query, count) {
      return (template || '').replace('{query}', query).replace('{count}', String(count));
    }

    function append(parent, segs) {
      segs.forEach(function (s) {
        if (s.mark) {
          var mark = document.createElement('mark');
          mark.textContent = s.text;
          parent.appendChild(mark);
        } else {
          parent.appendChild(document.createTextNode(s.text));
        }
      });
    }

    /** Nothing found in this language: offer the same query over every language, as a link. */
    function offerElsewhere(query, show) {
      if (!elsewhere) return;
      elsewhere.hidden = !show;
      if (!show) return;
      var link = elsewhere.querySelector('a');
      link.textContent = fill(data.elsewhere, query, 0);
      link.href = '?q=' + encodeURIComponent(query) + '&all=1';
    }

    function update() {
      var query = input.value.trim();
      offerElsewhere(query, false);
      var codes = all.checked ? order : [pageLang];
      var indexes = codes.map(loaded).filter(Boolean);
      if (indexes.length < codes.length) {
        say(data.failed);
        if (!indexes.length) {
          results.replaceChildren();
          return;
        }
      }
      if (!queryTerms(query).length) {
        results.replaceChildren();
        if (indexes.length === codes.length) say(data.empty);
        return;
      }
      var hits = searchAll(indexes, query);
      var list = document.createElement('ol');
      list.className = 'search-results';
      hits.forEach(function (hit) {
        var doc = hit.index.docs[hit.doc];
        var item = document.createElement('li');
        if (hit.index.tag !== data.tag) item.lang = hit.index.tag;
        var link = document.createElement('a');
        link.href = data.root + doc.u;
        append(link, marked(doc.t, query));
        var text = document.createElement('p');
        text.className = 'search-snippet';
        append(text, snippet(doc.x, query, 160));
        var meta = document.createElement('p');
        meta.className = 'search-meta';
        var parts = [doc.d];
        if (doc.k === 'event') parts.push(data.event);
        if (hit.index.lang !== pageLang) parts.push(hit.index.name);
        meta.textContent = parts.filter(Boolean).join(' · ');
        item.append(link, text, meta);
        list.appendChild(item);
      });
      results.replaceChildren(list);
      if (indexes.length === codes.length) {
        say(
          fill(
            hits.length === 0 ? data.none : hits.length === 1 ? data.one : data.many,
            query,
            hits.length
          )
        );
      }
      offerElsewhere(query, hits.length === 0 && !all.checked && order.length > 1);
    }

    if (elsewhere) {
      elsewhere.querySelector('a').addEventListener('click', function (event) {
        event.preventDefault();
        all.checked = true;
        input.focus();
        ensureLoaded(update);
      });
    }

    input.addEventListener('input', update);
    all.addEventListener('change', function () {
      if (all.checked) ensureLoaded(update);
      else update();
    });
    if (all.checked) ensureLoaded(update);
    else update();
  }

  if (typeof document !== 'undefined' && document.getElementById) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
    else init();
  }
})(globalThis);
