// Every figure this tool draws, with the name of its file in images/.

import {drawMap} from './map.js';
import {drawPopulation} from './population.js';
import {drawYears} from './years.js';

export const FIGURES = Object.freeze([
  {file: 'beihai-yatsushiro-map.svg', draw: () => drawMap()},
  {file: 'fifty-years-1972-2022.svg', draw: () => drawYears()},
  {file: 'populations-beihai-yatsushiro.svg', draw: () => drawPopulation()},
]);
