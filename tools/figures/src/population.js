// The two cities' populations side by side, as bars of lengths in proportion: Beihai 1.85 million,
// Yatsushiro about 125,000 (/work/shared/facts.md, section A). The numbers are written in the way
// each language writes them; where Chinese and Japanese write them alike, once for both.

import {PALETTE, attrs, escapeXml, svgOpen} from './svg.js';

export const WIDTH = 640;
export const HEIGHT = 210;

/** Each city's population as the fact sheet gives it, and how each language writes it. */
export const POPULATIONS = Object.freeze([
  {
    id: 'beihai',
    cjk: '北海',
    latin: 'Beihai',
    people: 1_850_000,
    written: ['185万人', '1.85 million'],
  },
  {
    id: 'yatsushiro',
    cjk: '八代',
    latin: 'Yatsushiro',
    people: 125_000,
    // "About": Chinese 约, Japanese 約, so the two are written apart.
    written: ['约12.5万人', '約12万5千人', 'about 125,000'],
  },
]);

const BAR_LEFT = 170;
const BAR_MAX = 450;
const ROW_TOP = [40, 130];
const BAR_HEIGHT = 40;

/** The length of a bar, in SVG units: the largest population fills the width. */
export function barLength(people) {
  const largest = Math.max(...POPULATIONS.map((p) => p.people));
  return (people / largest) * BAR_MAX;
}

export function drawPopulation() {
  const out = [];
  out.push(svgOpen(WIDTH, HEIGHT, 'population-title'));
  out.push('<title id="population-title">北海 Beihai 185万人 · 1.85 million;'
    + ' 八代 Yatsushiro 约12.5万人 · 約12万5千人 · about 125,000</title>');
  out.push(`<rect${attrs({width: WIDTH, height: HEIGHT, fill: PALETTE.paper})}/>`);
  out.push(`<path${attrs({
    d: `M${BAR_LEFT},${ROW_TOP[0] - 14}V${ROW_TOP[1] + BAR_HEIGHT + 14}`,
    stroke: PALETTE.ink, 'stroke-width': 1.5,
  })}/>`);

  POPULATIONS.forEach((city, i) => {
    const top = ROW_TOP[i];
    const length = barLength(city.people);
    const middle = top + BAR_HEIGHT / 2;
    const parts = [];
    parts.push(`<text${attrs({
      x: BAR_LEFT - 12, y: middle - 4, 'font-size': 22, 'font-weight': 'bold',
      'text-anchor': 'end', fill: PALETTE.ink,
    })}><tspan${attrs({x: BAR_LEFT - 12, y: middle - 4})}>${escapeXml(city.cjk)}</tspan>`
      + `<tspan${attrs({x: BAR_LEFT - 12, y: middle + 20})}>${escapeXml(city.latin)}</tspan></text>`);
    parts.push(`<rect${attrs({
      x: BAR_LEFT, y: top, width: length, height: BAR_HEIGHT,
      fill: i === 0 ? PALETTE.jade : PALETTE.orchid,
    })}/>`);
    const inside = length > 300;
    parts.push(`<text${attrs({
      x: inside ? BAR_LEFT + 14 : BAR_LEFT + length + 12,
      y: middle + 7,
      'font-size': 20,
      fill: inside ? '#ffffff' : PALETTE.ink,
    })}>${city.written.map(escapeXml).join(' · ')}</text>`);
    out.push(`<g${attrs({id: `population-${city.id}`})}>${parts.join('')}</g>`);
  });

  out.push('</svg>');
  return out.join('\n') + '\n';
}
