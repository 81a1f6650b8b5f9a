import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {FIGURES} from '../src/figures.js';
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
