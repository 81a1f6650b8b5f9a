// Draws the site's figures into images/ (or into the folder given as the first argument):
//   npm ci && node draw.js
// Same input, same bytes: nothing here reads the clock, the locale or the machine.

import {mkdirSync, writeFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {FIGURES} from './src/figures.js';

const here = dirname(fileURLToPath(import.meta.url));
const target = resolve(process.argv[2] ?? join(here, '..', '..', 'images'));
mkdirSync(target, {recursive: true});
for (const figure of FIGURES) {
  const file = join(target, figure.file);
  const svg = figure.draw();
  writeFileSync(file, svg, 'utf8');
  console.log(`${file}: ${Buffer.byteLength(svg)} bytes`);
}
