import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {FIGURES} from '../src/figures.js';
import {LANGUAGE_TAGS} from '../src/svg.js';
import {assertSelfContained, parseSvg} from './support/svg-checks.js';

const images = new URL('../../../images/', import.meta.url);

for (const figure of FIGURES) {
  const svg = figure.draw();

  test(`${figure.file} is drawn the same, byte for byte, each time and as committed`, () => {
    assert.ok(figure.draw() === svg, `${figure.file} is drawn the same twice`);
    const committed = fileURLToPath(new URL(figure.file, images));
    // assert.ok, not assert.equal: a diff of two whole drawings would bury the message.
    assert.ok(readFileSync(committed, 'utf8') === svg,
      `images/${figure.file} is not what tools/figures draws (run: cd tools/figures && npm ci`
        + ' && node draw.js, then commit the drawing with the script)');
  });

  test(`${figure.file} is a small, self-contained, accessible SVG`, () => {
    assert.ok(Buffer.byteLength(svg) < 64 * 1024, `${Buffer.byteLength(svg)} bytes, under 64 KiB`);
    const doc = parseSvg(svg);
    assertSelfContained(doc);
    const root = doc.documentElement;
    assert.match(root.getAttribute('viewBox'), /^0 0 \d+ \d+$/);
    assert.equal(`0 0 ${root.getAttribute('width')} ${root.getAttribute('height')}`,
      root.getAttribute('viewBox'), 'width and height match the viewBox (no layout shift)');
  });

  if (figure.lang !== undefined) {
    test(`${figure.file} is in its language, and its Japanese in Japanese letterforms`, () => {
      assert.ok(figure.file.endsWith(`-${figure.lang}.svg`), figure.file);
      const root = parseSvg(svg).documentElement;
      assert.equal(root.getAttribute('xml:lang'), LANGUAGE_TAGS[figure.lang]);
      const firstFont = root.getAttribute('font-family').split(',')[0];
      assert.equal(firstFont, figure.lang === 'ja' ? "'Noto Sans CJK JP'" : "'Noto Sans CJK SC'");
    });
  }

  test(`images/${figure.file} has its sidecar with a caption and a credit in zh, ja and en`, () => {
    const sidecar = readFileSync(fileURLToPath(new URL(`${figure.file}.yml`, images)), 'utf8');
    for (const field of ['caption', 'credit']) {
      const block = sidecar.split(/^(?=\S)/m).find((b) => b.startsWith(`${field}:`)) ?? '';
      for (const lang of ['zh', 'ja', 'en']) {
        assert.match(block, new RegExp(`^  ${lang}: \\S`, 'm'), `${field} in ${lang}`);
      }
    }
    assert.match(sidecar, /^licence: \S/m);
  });
}

test('the figures drawn once per language share one sidecar text, so their captions cannot drift', () => {
  const byFigure = new Map();
  for (const figure of FIGURES.filter((f) => f.lang !== undefined)) {
    const name = figure.file.replace(`-${figure.lang}.svg`, '');
    const sidecar = readFileSync(fileURLToPath(new URL(`${figure.file}.yml`, images)), 'utf8');
    byFigure.set(name, [...(byFigure.get(name) ?? []), sidecar]);
  }
  assert.ok(byFigure.size >= 2, 'the line of years and the populations');
  for (const [name, sidecars] of byFigure) {
    assert.equal(sidecars.length, Object.keys(LANGUAGE_TAGS).length, name);
    assert.ok(sidecars.every((s) => s === sidecars[0]), `${name}: its sidecars differ`);
  }
});
