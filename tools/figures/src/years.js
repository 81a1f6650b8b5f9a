// The fifty years from 1972 to 2022 on one line, with the pair's years on it: the normalization of
// relations between China and Japan (1972), the sister-city tie (1996), the statues (2001), the
// masks (2020), the message cards (2021), and 2022, the 50th anniversary, when the pair looked
// back on 26 years. Only years: the fact sheet knows no day or month for the pair's events, and
// the figure's caption says what each year was, in each language.

import {PALETTE, attrs, escapeXml, num, svgOpen} from './svg.js';

export const WIDTH = 640;
export const HEIGHT = 280;

export const FIRST_YEAR = 1972;
export const LAST_YEAR = 2022;
/** The year the two cities became sister cities. */
export const TIE_YEAR = 1996;

/**
 * The years marked on the line, from the fact sheet, and the row of each label under the line
 * (2001 is close to 1996, and the last three are a year apart, so their labels step down).
 */
export const MARKED_YEARS = Object.freeze([
  {year: 1972, row: 0, anchor: 'middle'},
  {year: 1996, row: 0, anchor: 'middle'},
  {year: 2001, row: 1, anchor: 'start'},
  {year: 2020, row: 2, anchor: 'start'},
  {year: 2021, row: 1, anchor: 'start'},
  {year: 2022, row: 0, anchor: 'start'},
]);

const LEFT = 30;
const RIGHT = 570;
const AXIS_Y = 150;
const ROW_Y = [196, 224, 252];

/** Where a year sits on the line, in SVG units. */
export function xOf(year) {
  return LEFT + ((year - FIRST_YEAR) * (RIGHT - LEFT)) / (LAST_YEAR - FIRST_YEAR);
}

/** The words of each language's figure: its title and description, and the two spans' labels. */
const WORDS = Object.freeze({
  zh: {
    title: '1972年至2022年：50年；1996年至2022年：26年',
    desc: '从1972年中日邦交正常化到2022年的50年；北海与八代于1996年结为友好城市。'
      + '标出的年份：1972、1996、2001、2020、2021、2022。',
    fifty: '50年',
    twentySix: '26年',
  },
  ja: {
    title: '1972年〜2022年：50年、1996年〜2022年：26年',
    desc: '1972年の日中国交正常化から2022年までの50年。北海市と八代市は1996年に友好都市となりました。'
      + '印の年：1972、1996、2001、2020、2021、2022。',
    fifty: '50年',
    twentySix: '26年',
  },
  en: {
    title: '1972–2022: 50 years; 1996–2022: 26 years',
    desc: 'The fifty years from 1972, when China and Japan normalized their relations, to 2022;'
      + ' Beihai and Yatsushiro became sister cities in 1996; marked years:'
      + ' 1972, 1996, 2001, 2020, 2021, 2022.',
    fifty: '50 years',
    twentySix: '26 years',
  },
});

/** The file of each language's figure in images/. */
export function yearsFile(lang) {
  return `fifty-years-1972-2022-${lang}.svg`;
}

/** The figure in one language ('zh', 'ja' or 'en'): only its two spans' labels are words. */
export function drawYears(lang) {
  if (!Object.hasOwn(WORDS, lang)) throw new Error(`no such language: ${lang}`);
  const words = WORDS[lang];
  const out = [];
  out.push(svgOpen(WIDTH, HEIGHT, 'years-title years-desc', lang));
  out.push(
    `<title id="years-title">${escapeXml(words.title)}</title>`,
    `<desc id="years-desc">${escapeXml(words.desc)}</desc>`);
  out.push(`<rect${attrs({width: WIDTH, height: HEIGHT, fill: PALETTE.paper})}/>`);

  out.push(span('span-50', FIRST_YEAR, LAST_YEAR, 58, words.fifty, PALETTE.jadeDeep));
  out.push(span('span-26', TIE_YEAR, LAST_YEAR, 108, words.twentySix, PALETTE.orchid));

  // The line, a tick each year and a longer one each decade.
  const ticks = [];
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    const long = year % 10 === 0;
    const x = xOf(year);
    ticks.push(`M${num(x)},${num(AXIS_Y - (long ? 9 : 5))}V${num(AXIS_Y + (long ? 9 : 5))}`);
  }
  out.push(`<path${attrs({d: ticks.join(''), stroke: PALETTE.muted, 'stroke-width': 1})}/>`);
  out.push(`<path${attrs({
    d: `M${num(xOf(FIRST_YEAR))},${AXIS_Y}H${num(xOf(TIE_YEAR))}`,
    stroke: PALETTE.jade, 'stroke-width': 4,
  })}/>`);
  out.push(`<path${attrs({
    d: `M${num(xOf(TIE_YEAR))},${AXIS_Y}H${num(xOf(LAST_YEAR))}`,
    stroke: PALETTE.orchid, 'stroke-width': 8,
  })}/>`);

  for (const {year, row, anchor} of MARKED_YEARS) {
    const x = xOf(year);
    const y = ROW_Y[row];
    const parts = [];
    if (anchor === 'start') {
      parts.push(`<path${attrs({
        d: `M${num(x)},${AXIS_Y + 8}V${num(y - 6)}`, stroke: PALETTE.ink, 'stroke-width': 1,
      })}/>`);
    }
    parts.push(`<circle${attrs({
      cx: x, cy: AXIS_Y, r: 5.5, fill: PALETTE.paper, stroke: PALETTE.ink, 'stroke-width': 2.5,
    })}/>`);
    const tx = anchor === 'start' ? x + 5 : x;
    parts.push(`<text${attrs({
      x: tx, y, 'font-size': 21, 'font-weight': 'bold', 'text-anchor': anchor, fill: PALETTE.ink,
    })}>${year}</text>`);
    out.push(`<g${attrs({id: `year-${year}`})}>${parts.join('')}</g>`);
  }

  out.push('</svg>');
  return out.join('\n') + '\n';
}

/** A bracket over the years from `from` to `to`, with its label above it. */
function span(id, from, to, y, label, colour) {
  const x0 = xOf(from);
  const x1 = xOf(to);
  const bracket = `<path${attrs({
    d: `M${num(x0)},${y + 12}V${y}H${num(x1)}V${y + 12}`,
    fill: 'none', stroke: colour, 'stroke-width': 2,
  })}/>`;
  const text = `<text${attrs({
    x: (x0 + x1) / 2, y: y - 10, 'font-size': 21, 'text-anchor': 'middle', fill: colour,
    stroke: PALETTE.paper, 'stroke-width': 4, 'stroke-linejoin': 'round', 'paint-order': 'stroke',
  })}><tspan font-weight="bold">${escapeXml(label)}</tspan></text>`;
  return `<g${attrs({id})}>${bracket}${text}</g>`;
}
