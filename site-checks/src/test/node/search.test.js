/*
 * The query script as published (target/site/js/search.js) on the indexes the bake wrote
 * (target/site/search/index-*.js), under Node's own test runner:
 *
 *   node --test site-checks/src/test/node/search.test.js
 *
 * ./mvnw verify runs it through SearchScriptIT. BAKED_SITE and SITE_ROOT name the baked site and
 * the project (defaults: target/site and the project root, seen from this file).
 */
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { LANGS, paths, loadScript, loadIndex, buildIndex: build } = require('./search-index.js');

const { siteRoot: SITE_ROOT, baked: BAKED } = paths();
const search = loadScript(BAKED);
const cases = JSON.parse(
  fs.readFileSync(
    path.join(
      SITE_ROOT,
      'jbake-extension/src/test/resources/org/beihaiyatsushiro/site/search/search-cases.json'
    ),
    'utf8'
  )
);

const INDEX = Object.fromEntries(LANGS.map((l) => [l, loadIndex(BAKED, l)]));

function buildIndex(docs) {
  return build(search, docs);
}

function urls(index, query) {
  return search.search(index, query).map((h) => index.docs[h.doc].u);
}

function markedText(segments) {
  return segments.filter((s) => s.mark).map((s) => s.text);
}

test('folds text as the shared cases say', () => {
  for (const c of cases.fold) assert.equal(search.fold(c.input), c.folded, c.input);
});

test('cuts text into index and query terms as the shared cases say', () => {
  for (const c of cases.tokens) {
    assert.deepEqual(search.indexTerms(c.input), c.index, `index terms of ${c.input}`);
    assert.deepEqual(search.queryTerms(c.input), c.query, `query terms of ${c.input}`);
    assert.equal(search.positions(c.input), c.positions, `positions of ${c.input}`);
  }
});

test('writes English plurals as their singular, as the shared cases say', () => {
  for (const c of cases.stems) assert.equal(search.stem(c.word), c.stem, c.word);
});

test('ranks as the shared cases say', () => {
  for (const c of cases.ranking) {
    const index = buildIndex(c.docs.map((d, i) => ({ u: String(i), t: d.title, x: d.text })));
    assert.deepEqual(urls(index, c.query).map(Number), c.expected, c.name);
  }
});

for (const lang of LANGS) {
  test(`the script cuts every text of the ${lang} index exactly as the build did`, () => {
    const index = INDEX[lang];
    assert.ok(index.docs.length > 0, `the ${lang} index has documents`);
    const rebuilt = buildIndex(index.docs.map((d) => ({ u: d.u, t: d.t, x: d.x })));
    assert.deepEqual(
      index.docs.map((d) => [d.tn, d.n]),
      rebuilt.docs.map((d) => [d.tn, d.n]),
      'title and text lengths'
    );
    assert.deepEqual(Object.keys(index.terms), Object.keys(rebuilt.terms), 'the terms');
    for (const term of Object.keys(index.terms)) {
      assert.deepEqual(index.terms[term], rebuilt.terms[term], `postings of ${term}`);
    }
  });

  test(`the ${lang} index lists the language's articles and timeline events`, () => {
    const index = INDEX[lang];
    assert.equal(index.lang, lang);
    const articles = fs
      .readdirSync(path.join(SITE_ROOT, 'content', lang))
      .filter((f) => f.endsWith('.md'))
      .filter((f) => /^type:\s*article\s*$/m.test(fs.readFileSync(path.join(SITE_ROOT, 'content', lang, f), 'utf8')));
    assert.ok(articles.length > 0, `content/${lang} has articles (type: article) to look up`);
    for (const f of articles) {
      assert.ok(
        index.docs.some((d) => d.u === `${lang}/${f.replace(/\.md$/, '.html')}`),
        `${lang}/${f} is in the index`
      );
    }
    const events = index.docs.filter((d) => d.k === 'event');
    assert.ok(events.length > 0, 'events are indexed');
    for (const e of events) assert.match(e.u, new RegExp(`^${lang}/timeline\\.html#[a-z0-9-]+$`));
  });
}

/* Known queries on the real site. */
const KNOWN = [
  ['zh', '北海', 'zh/beihai.html'],
  ['zh', '并驾齐驱', 'zh/sister-cities.html'],
  ['zh', '八代', 'zh/yatsushiro.html'],
  ['zh', '口罩', 'zh/masks-2020.html'],
  ['ja', '北海', 'ja/beihai.html'],
  ['ja', '並駕斉駆', 'ja/sister-cities.html'],
  ['ja', 'ﾀﾂﾉｵﾄｼｺﾞ', 'ja/sister-cities.html'],
  ['ja', 'マスク', 'ja/masks-2020.html'],
  ['en', 'Beihai', 'en/beihai.html'],
  ['en', 'seahorse statues', 'en/sister-cities.html'],
  ['en', 'ＭＡＳＫＳ', 'en/masks-2020.html'],
  ['en', 'mask', 'en/masks-2020.html']
];

for (const [lang, query, expected] of KNOWN) {
  test(`${lang}: “${query}” finds ${expected} among the first three`, () => {
    const found = urls(INDEX[lang], query);
    assert.ok(found.slice(0, 3).includes(expected), `${expected} in ${JSON.stringify(found)}`);
  });
}

test('the title the query fills most comes first: 北海 leads with 北海市, Beihai with Beihai', () => {
  assert.equal(urls(INDEX.zh, '北海')[0], 'zh/beihai.html');
  assert.equal(urls(INDEX.ja, '北海')[0], 'ja/beihai.html');
  assert.equal(urls(INDEX.en, 'beihai')[0], 'en/beihai.html');
});

test('results are ordered by title matches, then density, on real queries', () => {
  for (const lang of LANGS) {
    for (const query of ['北海', '八代', '海', '年', 'beihai', 'yatsushiro', 'the', '1996']) {
      const hits = search.search(INDEX[lang], query);
      for (let i = 1; i < hits.length; i++) {
        const a = hits[i - 1];
        const b = hits[i];
        assert.ok(
          a.titleTerms > b.titleTerms ||
            (a.titleTerms === b.titleTerms &&
              (a.titleDensity > b.titleDensity ||
                (a.titleDensity === b.titleDensity && a.density >= b.density))),
          `${lang} “${query}”: hit ${i} out of order`
        );
      }
    }
  }
});

test('every result contains every term of the query', () => {
  for (const query of ['北海 八代', '并驾齐驱', '並駕斉駆', 'kuma river']) {
    assert.ok(search.queryTerms(query).length > 0, `“${query}” has query terms`);
    let hits = 0;
    for (const lang of LANGS) {
      for (const h of search.search(INDEX[lang], query)) {
        hits++;
        const doc = INDEX[lang].docs[h.doc];
        const terms = new Set(search.indexTerms(doc.t + ' ' + doc.x));
        for (const t of search.queryTerms(query)) {
          assert.ok(
            terms.has(t) || [...terms].some((x) => search.matchesAsPrefix(t) && x.startsWith(t)),
            `${doc.u} has ${t}`
          );
        }
      }
    }
    assert.ok(hits > 0, `“${query}” finds something to check in some language`);
  }
});

test('all three languages together find the query in each', () => {
  const hits = search.searchAll([INDEX.en, INDEX.zh, INDEX.ja], '八代');
  const langs = new Set(hits.map((h) => h.index.lang));
  assert.ok(langs.has('zh') && langs.has('ja'), [...langs].join());
  const english = search.searchAll([INDEX.en, INDEX.zh, INDEX.ja], 'Yatsushiro');
  assert.ok(english.some((h) => h.index.lang === 'en'));
});

test('the snippet marks the whole four-character word, as written', () => {
  const doc = INDEX.zh.docs.find((d) => d.u === 'zh/sister-cities.html');
  const segs = search.snippet(doc.x, '并驾齐驱', 160);
  assert.ok(markedText(segs).includes('并驾齐驱'), JSON.stringify(segs));
  assert.ok(segs.map((s) => s.text).join('').replace(/…/g, '').length <= 160);
});

test('a full-width or differently cased query marks the text as written', () => {
  const doc = INDEX.en.docs.find((d) => d.u === 'en/beihai.html');
  const marks = markedText(search.snippet(doc.x, 'ＢＥＩＨＡＩ', 160));
  assert.ok(marks.length > 0);
  for (const m of marks) assert.equal(m, 'Beihai');
  assert.deepEqual(markedText(search.marked('The masks of 2020', 'mask')), ['masks']);
  assert.deepEqual(markedText(search.marked('ﾀﾂﾉｵﾄｼｺﾞの像', 'タツノオトシゴ')), ['ﾀﾂﾉｵﾄｼｺﾞ']);
});

test('a plural and its singular find and mark each other', () => {
  assert.deepEqual(urls(INDEX.en, 'seahorses'), urls(INDEX.en, 'seahorse'));
  assert.ok(urls(INDEX.en, 'seahorses').length > 0);
  assert.deepEqual(search.highlight('Two seahorses', 'seahorse'), [[4, 13]]);
  assert.deepEqual(search.highlight('Sister cities', 'city'), [[7, 13]]);
  assert.deepEqual(search.highlight('One seahorse', 'seahorses'), [[4, 12]]);
});

test('the text of every document is words only: no footnote numbers or ↩', () => {
  for (const lang of LANGS) {
    for (const doc of INDEX[lang].docs) {
      assert.ok(!doc.x.includes('\u21a9'), `${doc.u}: ${doc.x}`);
      assert.ok(!/Square1|広場1|广场1/.test(doc.x), `${doc.u}: ${doc.x}`);
    }
  }
});

test('a word is marked at its start only: “sea” marks nothing in “overseas”', () => {
  assert.deepEqual(search.highlight('Beihai opens to overseas investment', 'sea'), []);
  assert.deepEqual(search.highlight('The sea and the seahorse', 'sea'), [
    [4, 7],
    [16, 24]
  ]);
});

test('marks map back to the text as written, whether or not folding changes its length', () => {
  assert.deepEqual(search.highlight('Café de Paris', 'cafe\u0301'), [[0, 4]]);
  assert.deepEqual(search.highlight('Cafe\u0301 de Paris', 'café'), [[0, 5]]);
  assert.deepEqual(search.highlight('……北海……', '北海'), [[2, 4]]);
  assert.deepEqual(search.highlight('㍻8年の北海', '北海'), [[4, 6]]);
  assert.deepEqual(search.highlight('ｶﾞｲﾄﾞ・北海', '北海'), [[6, 8]]);
  assert.deepEqual(search.highlight('ｶﾞｲﾄﾞ・北海', 'ガイド'), [[0, 5]]);
});

test('a snippet far into a long text starts near the match, cut with …', () => {
  const text = '甲'.repeat(500) + '并驾齐驱' + '乙'.repeat(500);
  const segs = search.snippet(text, '并驾齐驱', 100);
  assert.equal(segs[0].text, '…');
  assert.equal(segs[segs.length - 1].text, '…');
  assert.deepEqual(markedText(segs), ['并驾齐驱']);
});

test('a query over the whole site answers within 50 ms', () => {
  const all = [INDEX.zh, INDEX.ja, INDEX.en];
  const queries = ['北海', '并驾齐驱', '並駕斉駆', '海', 'the', 'yatsushiro', 'mask', '1996'];
  search.searchAll(all, 'warm up');
  for (const q of queries) {
    const times = [];
    for (let i = 0; i < 9; i++) {
      const start = process.hrtime.bigint();
      for (const h of search.searchAll(all, q)) {
        search.marked(h.index.docs[h.doc].t, q);
        search.snippet(h.index.docs[h.doc].x, q, 160);
      }
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    times.sort((a, b) => a - b);
    assert.ok(times[4] < 50, `“${q}”: median ${times[4].toFixed(2)} ms`);
  }
});
