// Small helpers that write SVG text. Every number goes through num() so that the output is the
// same bytes on every machine, and every piece of text through escapeXml().

/** A number with at most `digits` decimals, without trailing zeros or a negative zero. */
export function num(value, digits = 1) {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  const s = value.toFixed(digits).replace(/\.?0+$/, '');
  return s === '-0' ? '0' : s;
}

/** Text made safe for an XML attribute or element. */
export function escapeXml(text) {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** An element's attributes, in the order given; undefined values are left out. */
export function attrs(map) {
  return Object.entries(map)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(typeof v === 'number' ? num(v) : v)}"`)
    .join('');
}

/**
 * The site's palette (assets/css/site.css, light scheme): a figure is an image, so it cannot read
 * the page's custom properties and keeps its own light background in both colour schemes.
 */
export const PALETTE = Object.freeze({
  paper: '#fbfaf5',
  surface: '#eef4f0',
  ink: '#1d2624',
  muted: '#4f5d59',
  jade: '#2e6b5a',
  jadeDeep: '#21503f',
  orchid: '#8a4d7b',
  line: '#cfdcd5',
  rule: '#7d918a',
});

/** Fonts the reader already has, for Chinese and for Japanese: no font is embedded or fetched. */
const SIMPLIFIED_CHINESE_FONTS = ["'Noto Sans CJK SC'", "'Source Han Sans SC'", "'PingFang SC'",
  "'Microsoft YaHei'"];
const JAPANESE_FONTS = ["'Noto Sans CJK JP'", "'Source Han Sans'", "'Hiragino Sans'",
  "'Yu Gothic'"];
const ANY_FONT = ['system-ui', 'sans-serif'];

/** Two lists of fonts taken in turn, the first list's first: a font of each kind on each system. */
function inTurn(first, second) {
  return first.flatMap((font, i) => [font, second[i]]);
}

/** The fonts of a figure: a Chinese one first, as on the map and in the Chinese figures. */
export const FONT_FAMILY =
  [...inTurn(SIMPLIFIED_CHINESE_FONTS, JAPANESE_FONTS), ...ANY_FONT].join(',');

/** The same fonts, a Japanese one first: Japanese text in Japanese letterforms. */
export const FONT_FAMILY_JA =
  [...inTurn(JAPANESE_FONTS, SIMPLIFIED_CHINESE_FONTS), ...ANY_FONT].join(',');

/** The site's languages, in the order its figures are drawn, each with its language tag. */
export const LANGUAGE_TAGS = Object.freeze({zh: 'zh-Hans', ja: 'ja', en: 'en'});
export const LANGUAGES = Object.freeze(Object.keys(LANGUAGE_TAGS));

/**
 * A label in lines: the Chinese and Japanese name (the same characters in both languages) above
 * the English name or names (a string or a list), with a paper-coloured halo so it stays readable over coastlines.
 */
export function label({x, y, cjk, latin, size, anchor = 'start', weight, italic, fill, className}) {
  const lines = [];
  const gap = size * 1.15;
  let dy = 0;
  for (const text of [cjk, ...[].concat(latin ?? [])]) {
    if (!text) continue;
    lines.push(`<tspan${attrs({x, y: y + dy})}>${escapeXml(text)}</tspan>`);
    dy += gap;
  }
  return `<text${attrs({
    class: className,
    'font-size': size,
    'text-anchor': anchor,
    'font-weight': weight,
    'font-style': italic ? 'italic' : undefined,
    fill,
  })}>${lines.join('')}</text>`;
}

/**
 * The opening tag of a figure: its size, the ids of the title (and description) that name it for a
 * screen reader and, for a figure drawn in one language, that language ('zh', 'ja' or 'en').
 */
export function svgOpen(width, height, labelledBy, lang) {
  return `<svg xmlns="http://www.w3.org/2000/svg"${attrs({
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    role: 'img',
    'aria-labelledby': labelledBy,
    'xml:lang': lang === undefined ? undefined : LANGUAGE_TAGS[lang],
    'font-family': lang === 'ja' ? FONT_FAMILY_JA : FONT_FAMILY,
  })}>`;
}
