import assert from 'node:assert/strict';
import {test} from 'node:test';
import {POPULATIONS, barLength, drawPopulation} from '../src/population.js';
import {findById, parseSvg} from './support/svg-checks.js';

const root = parseSvg(drawPopulation()).documentElement;

function bar(id) {
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

test('each city is named and its population written in Chinese, Japanese and English', () => {
  const beihai = findById(root, 'population-beihai').textContent;
  assert.match(beihai, /北海.*Beihai.*185万人.*1\.85 million/);
  const yatsushiro = findById(root, 'population-yatsushiro').textContent;
  assert.match(yatsushiro, /八代.*Yatsushiro.*约12\.5万人.*約12万5千人.*about 125,000/);
});
