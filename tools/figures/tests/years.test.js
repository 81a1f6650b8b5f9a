import assert from 'node:assert/strict';
import {test} from 'node:test';
import {LANGUAGES} from '../src/svg.js';
import {FIRST_YEAR, LAST_YEAR, MARKED_YEARS, TIE_YEAR, drawYears, xOf} from '../src/years.js';
import {findById, parseSvg} from './support/svg-checks.js';

// The figures of the three languages differ only in their words: the drawing is checked on one.
const doc = parseSvg(drawYears('en'));
const root = doc.documentElement;

test('the line runs over the fifty years from 1972 to 2022, and the pair\'s 26 from 1996', () => {
  assert.equal(LAST_YEAR - FIRST_YEAR, 50);
  assert.equal(LAST_YEAR - TIE_YEAR, 26);
  const labels = {zh: ['50年', '26年'], ja: ['50年', '26年'], en: ['50 years', '26 years']};
  for (const lang of LANGUAGES) {
    const figure = parseSvg(drawYears(lang)).documentElement;
    assert.equal(findById(figure, 'span-50').textContent, labels[lang][0], lang);
    assert.equal(findById(figure, 'span-26').textContent, labels[lang][1], lang);
    // The drawing is the same in each language; only the words change.
    const drawing = (svg) => svg.replace(/<title[\s\S]*?<\/desc>|>[^<]*</g, '');
    assert.equal(drawing(drawYears(lang)).replace(/xml:lang="[^"]*"|font-family="[^"]*"/g, ''),
      drawing(drawYears('en')).replace(/xml:lang="[^"]*"|font-family="[^"]*"/g, ''), lang);
  }
  assert.doesNotMatch(parseSvg(drawYears('en')).documentElement.textContent,
    /[\u3000-\u9fff\uff00-\uffef]/);
});

test('years are placed in proportion to time', () => {
  const width = xOf(LAST_YEAR) - xOf(FIRST_YEAR);
  assert.ok(Math.abs((xOf(LAST_YEAR) - xOf(TIE_YEAR)) / width - 26 / 50) < 1e-9);
  for (const {year} of MARKED_YEARS) {
    const circle = findById(root, `year-${year}`).getElementsByTagName('circle')[0];
    assert.ok(Math.abs(Number(circle.getAttribute('cx')) - xOf(year)) <= 0.05, `${year} on the line`);
  }
});

test('each marked year is a year of the fact sheet, written on the figure', () => {
  assert.deepEqual(MARKED_YEARS.map((m) => m.year), [1972, 1996, 2001, 2020, 2021, 2022]);
  for (const {year} of MARKED_YEARS) {
    assert.equal(findById(root, `year-${year}`).textContent, String(year));
  }
});

test('no two year labels overlap', () => {
  // Bold digits are at most 0.6 em wide; a label takes four of them and one line.
  const boxes = MARKED_YEARS.map(({year}) => {
    const text = findById(root, `year-${year}`).getElementsByTagName('text')[0];
    const size = Number(text.getAttribute('font-size'));
    const width = 4 * 0.6 * size;
    const x = Number(text.getAttribute('x'));
    const y = Number(text.getAttribute('y'));
    const anchor = text.getAttribute('text-anchor');
    const x0 = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
    return {year, x0, x1: x0 + width, y0: y - size, y1: y};
  });
  for (const a of boxes) {
    for (const b of boxes) {
      if (a.year >= b.year) continue;
      const apart = a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0;
      assert.ok(apart, `the labels of ${a.year} and ${b.year} do not overlap`);
    }
  }
});
