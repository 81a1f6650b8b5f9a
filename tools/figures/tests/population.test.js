import assert from 'node:assert/strict';
import {test} from 'node:test';
import {POPULATIONS, barLength, drawPopulation} from '../src/population.js';
import {LANGUAGES, LANGUAGE_TAGS} from '../src/svg.js';
import {findById, parseSvg} from './support/svg-checks.js';

const roots = Object.fromEntries(
  LANGUAGES.map((lang) => [lang, parseSvg(drawPopulation(lang)).documentElement]));

function bar(id, root = roots.en) {
  return Number(findById(root, `population-${id}`).getElementsByTagName('rect')[0].getAttribute('width'));
}

test('the populations are those of the fact sheet', () => {
  assert.deepEqual(POPULATIONS.map((p) => [p.id, p.people]),
    [['beihai', 1_850_000], ['yatsushiro', 125_000]]);
});

test('the bars are in proportion to the populations', () => {
  const ratio = bar('yatsushiro') / bar('beihai');
  assert.ok(Math.abs(ratio - 125_000 / 1_850_000) < 0.001, `ratio ${ratio}`);
  for (const p of POPULATIONS) assert.ok(Math.abs(bar(p.id) - barLength(p.people)) <= 0.05);
});

test('each language\'s figure names the cities and writes their populations as it writes them', () => {
  const expected = {
    zh: [/^北海185万人$/, /^八代约12\.5万人$/],
    ja: [/^北海市185万人$/, /^八代市約12万5千人$/],
    en: [/^Beihai1\.85 million$/, /^Yatsushiroabout 125,000$/],
  };
  for (const lang of LANGUAGES) {
    const root = roots[lang];
    assert.match(findById(root, 'population-beihai').textContent, expected[lang][0], lang);
    assert.match(findById(root, 'population-yatsushiro').textContent, expected[lang][1], lang);
    assert.equal(root.getAttribute('xml:lang'), LANGUAGE_TAGS[lang]);
  }
});

test('no figure mixes languages: none holds another language\'s way of writing', () => {
  const text = (lang) => roots[lang].textContent;
  assert.doesNotMatch(text('zh'), /約|北海市|八代市|million|about/);
  assert.doesNotMatch(text('ja'), /约|million|about/);
  assert.doesNotMatch(text('en'), /[\u3000-\u9fff\uff00-\uffef]/);
  for (const lang of LANGUAGES) {
    const ratio = bar('yatsushiro', roots[lang]) / bar('beihai', roots[lang]);
    assert.ok(Math.abs(ratio - 125_000 / 1_850_000) < 0.001, `${lang}: ratio ${ratio}`);
  }
});
