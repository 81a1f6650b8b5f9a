// Every figure this tool draws, with the name of its file in images/.

import {drawMap} from './map.js';

export const FIGURES = Object.freeze([
  {file: 'beihai-yatsushiro-map.svg', draw: () => drawMap()},
]);
