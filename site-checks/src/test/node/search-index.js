/*
 * Shared by search.test.js and search-benchmark.js: reads the baked site's index scripts as a
 * browser runs them, and builds indexes in the same format with the query script's own tokenizer
 * (search.test.js proves the two formats equal on the real site).
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const LANGS = ['zh', 'ja', 'en'];

function paths() {
  const siteRoot = path.resolve(process.env.SITE_ROOT || path.join(__dirname, '../../../..'));
  const baked = path.resolve(process.env.BAKED_SITE || path.join(siteRoot, 'target/site'));
  return { siteRoot, baked };
}

/** The published query script. */
function loadScript(baked) {
  return require(path.join(baked, 'js/search.js'));
}

/** Runs an index script in a fresh global, as a browser would, and returns what it set. */
function loadIndex(baked, lang) {
  const file = path.join(baked, 'search', `index-${lang}.js`);
  const context = vm.createContext({});
  vm.runInContext(fs.readFileSync(file, 'utf8'), context, { filename: file });
  // Plain data of this realm, so deepStrictEqual compares it with arrays built here.
  return JSON.parse(JSON.stringify(context.SiteSearchIndex[lang]));
}

/** An index in the bake's format from docs {u, t, x, …}, cut by the script's tokenizer. */
function buildIndex(search, docs) {
  const terms = {};
  docs.forEach((doc, i) => {
    const counts = new Map();
    const count = (t, field) => {
      const c = counts.get(t) || [0, 0];
      c[field]++;
      counts.set(t, c);
    };
    for (const t of search.indexTerms(doc.t)) count(t, 0);
    for (const t of search.indexTerms(doc.x)) count(t, 1);
    for (const [t, [inTitle, inText]] of counts) (terms[t] = terms[t] || []).push(i, inTitle, inText);
  });
  const sorted = {};
  for (const t of Object.keys(terms).sort()) sorted[t] = terms[t];
  return {
    docs: docs.map((d) => ({ ...d, tn: search.positions(d.t), n: search.positions(d.x) })),
    terms: sorted
  };
}

module.exports = { LANGS, paths, loadScript, loadIndex, buildIndex };
