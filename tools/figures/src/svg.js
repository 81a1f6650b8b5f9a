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

/** Fonts the reader already has: no font is embedded or fetched. */
export const FONT_FAMILY =
  "'Noto Sans CJK SC','Noto Sans CJK JP','Source Han Sans SC','Source Han Sans'," +
  "'PingFang SC','Hiragino Sans','Microsoft YaHei','Yu Gothic',system-ui,sans-serif";

/** The same fonts, the Japanese ones first: Japanese text in Japanese letterforms. */
export const FONT_FAMILY_JA =
  "'Noto Sans CJK JP','Source Han Sans','Hiragino Sans','Yu Gothic'," +
  "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',system-ui,sans-serif";

/** The languages of the site, in the order its figures are drawn. */
export const LANGUAGES = Object.freeze(['zh', 'ja', 'en']);

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
    'xml:lang': lang === undefined ? undefined : {zh: 'zh-Hans', ja: 'ja', en: 'en'}[lang],
    'font-family': lang === 'ja' ? FONT_FAMILY_JA : FONT_FAMILY,
  })}>`;
}
