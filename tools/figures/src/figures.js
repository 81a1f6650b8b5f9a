// Every figure this tool draws, with the name of its file in images/: the map names its places in
// both scripts for all three languages; the figures with words have a file per language.

import {drawMap} from './map.js';
import {drawPopulation, populationFile} from './population.js';
import {LANGUAGES} from './svg.js';
import {drawYears, yearsFile} from './years.js';

export const FIGURES = Object.freeze([
  {file: 'beihai-yatsushiro-map.svg', draw: () => drawMap()},
  ...LANGUAGES.map((lang) => ({file: yearsFile(lang), lang, draw: () => drawYears(lang)})),
  ...LANGUAGES.map((lang) => ({file: populationFile(lang), lang, draw: () => drawPopulation(lang)})),
]);
