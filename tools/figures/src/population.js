// The two cities' populations side by side, as bars of lengths in proportion: Beihai 1.85 million,
// Yatsushiro about 125,000 (/work/shared/facts.md, section A), one figure per language, its names
// and numbers written as that language writes them.

import {PALETTE, attrs, escapeXml, svgOpen} from './svg.js';

export const WIDTH = 640;
export const HEIGHT = 210;

/**
 * Each city's population as the fact sheet gives it, and its name and population as each language
 * writes them ("about" is 约 in Chinese and 約 in Japanese): each language has a figure of its own.
 */
export const POPULATIONS = Object.freeze([
  {
    id: 'beihai',
    people: 1_850_000,
    name: {zh: '北海', ja: '北海市', en: 'Beihai'},
    written: {zh: '185万人', ja: '185万人', en: '1.85 million'},
  },
  {
    id: 'yatsushiro',
    people: 125_000,
    name: {zh: '八代', ja: '八代市', en: 'Yatsushiro'},
    written: {zh: '约12.5万人', ja: '約12万5千人', en: 'about 125,000'},
  },
]);

/** What the figure is, in each language: the title a screen reader names it by. */
const TITLE = Object.freeze({
  zh: '两市人口：北海185万人，八代约12.5万人',
  ja: '両市の人口：北海市185万人、八代市約12万5千人',
  en: 'The two cities’ populations: Beihai 1.85 million, Yatsushiro about 125,000',
});

/** The file of each language's figure in images/. */
export function populationFile(lang) {
  return `populations-beihai-yatsushiro-${lang}.svg`;
}

const BAR_LEFT = 170;
const BAR_MAX = 450;
const ROW_TOP = [40, 130];
const BAR_HEIGHT = 40;

/** The length of a bar, in SVG units: the largest population fills the width. */
export function barLength(people) {
  const largest = Math.max(...POPULATIONS.map((p) => p.people));
  return (people / largest) * BAR_MAX;
}

export function drawPopulation(lang) {
  if (!Object.hasOwn(TITLE, lang)) throw new Error(`no such language: ${lang}`);
  const out = [];
  out.push(svgOpen(WIDTH, HEIGHT, 'population-title', lang));
  out.push(`<title id="population-title">${escapeXml(TITLE[lang])}</title>`);
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
      x: BAR_LEFT - 12, y: middle + 8, 'font-size': 22, 'font-weight': 'bold',
      'text-anchor': 'end', fill: PALETTE.ink,
    })}>${escapeXml(city.name[lang])}</text>`);
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
    })}>${escapeXml(city.written[lang])}</text>`);
    out.push(`<g${attrs({id: `population-${city.id}`})}>${parts.join('')}</g>`);
  });

  out.push('</svg>');
  return out.join('\n') + '\n';
}
