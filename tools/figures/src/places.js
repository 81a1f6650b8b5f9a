// What the map places, from /work/shared/facts.md (section B, "Geography"): Beihai on the Beibu
// Gulf (北部湾, the Gulf of Tonkin), about 21.5° N, 109.1° E; Yatsushiro on the Yatsushiro Sea
// (八代海), about 32.5° N, 130.6° E. Coordinates are [longitude, latitude] in degrees, as GeoJSON
// and d3-geo expect them.

/** The two cities. The Chinese and Japanese names are written with the same characters. */
export const CITIES = Object.freeze([
  {id: 'beihai', cjk: '北海', latin: 'Beihai', at: [109.1, 21.5], sea: 'beibu-gulf'},
  {id: 'yatsushiro', cjk: '八代', latin: 'Yatsushiro', at: [130.6, 32.5], sea: 'yatsushiro-sea'},
]);

/**
 * The two seas, each with a box of longitudes and latitudes that holds its water: the tests check
 * that each city, projected, falls inside its sea's box and next to the water.
 */
export const SEAS = Object.freeze([
  {
    id: 'beibu-gulf',
    cjk: '北部湾',
    latin: ['Beibu Gulf', 'Gulf of Tonkin'],
    west: 105.6, east: 110.0, south: 17.0, north: 21.9,
  },
  {
    id: 'yatsushiro-sea',
    cjk: '八代海',
    latin: ['Yatsushiro Sea'],
    west: 130.1, east: 130.7, south: 32.0, north: 32.65,
  },
]);

/** The two countries, named on the overview to help a reader find the cities. */
export const COUNTRIES = Object.freeze([
  {id: 'china', cjk: '中国', latin: 'China', at: [113.5, 27.5]},
  {id: 'japan', cjk: '日本', latin: 'Japan', at: [133.2, 35.2]},
]);

export function city(id) {
  return CITIES.find((c) => c.id === id);
}

export function sea(id) {
  return SEAS.find((s) => s.id === id);
}
