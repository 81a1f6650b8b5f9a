// The map of the two cities: an overview of East Asia from the Beibu Gulf to Kyushu, with an inset
// that enlarges the Yatsushiro Sea, which is too narrow to see at the overview's scale.
//
// Data: Natural Earth's 1:10m land polygons (public domain), as TopoJSON from the npm package
// world-atlas. Projection: Lambert conformal conic with standard parallels 20° N and 34° N, which
// the region lies between, so shapes stay true and scale errors stay within a few percent.

import {createRequire} from 'node:module';
import {feature} from 'topojson-client';
import {presimplify, simplify, filter, filterWeight, sphericalTriangleArea, sphericalRingArea}
  from 'topojson-simplify';
import {geoArea, geoBounds, geoConicConformal, geoDistance, geoGraticule, geoPath} from 'd3-geo';
import {CITIES, COUNTRIES, SEAS, city, sea} from './places.js';
import {PALETTE, attrs, escapeXml, label, num, svgOpen} from './svg.js';

const require = createRequire(import.meta.url);
const EARTH_RADIUS_KM = 6371.0088;

/** The drawing's size in SVG user units; it scales to any width. */
export const WIDTH = 720;
export const HEIGHT = 540;

/** What the overview shows: the longitudes and latitudes its frame is fitted to. */
export const OVERVIEW = Object.freeze({west: 102.5, east: 134.5, south: 15.6, north: 36.4});
/** What the inset shows: the Yatsushiro Sea and the land around it. */
export const INSET = Object.freeze({west: 130.0, east: 130.92, south: 31.98, north: 32.78});
/** Where the inset sits on the drawing (open ocean south of Kyushu and east of Taiwan). */
export const INSET_FRAME = Object.freeze({x: 480, y: 262, width: 228, height: 266});

const PARALLELS = [20, 34];

/** Where each sea's name starts (its first line's baseline, centred): on open water. */
export const SEA_LABEL_AT = Object.freeze({
  'beibu-gulf': [107.7, 19.1],
  'yatsushiro-sea': [130.36, 32.28],
});

/** Natural Earth's 1:10m land as GeoJSON, read from the world-atlas package. */
export function loadLand() {
  return require('world-atlas/land-10m.json');
}

/** The overview's projection, fitted to the frame. */
export function overviewProjection() {
  return fitted(OVERVIEW, [[0, 0], [WIDTH, HEIGHT]]);
}

/** The inset's projection, fitted to the inset's frame. */
export function insetProjection() {
  const f = INSET_FRAME;
  return fitted(INSET, [[f.x, f.y], [f.x + f.width, f.y + f.height]]);
}

function fitted(box, extent) {
  const centre = (box.west + box.east) / 2;
  const projection = geoConicConformal().parallels(PARALLELS).rotate([-centre, 0]);
  projection.fitExtent(extent, outline(box));
  return projection.clipExtent(extent);
}

/** A box of longitudes and latitudes as a GeoJSON polygon, its edges sampled every degree. */
export function outline({west, east, south, north}) {
  const ring = [];
  const step = (a, b) => Math.max(1, Math.ceil(Math.abs(b - a)));
  for (let i = 0, n = step(west, east); i <= n; i++) ring.push([west + ((east - west) * i) / n, south]);
  for (let i = 1, n = step(south, north); i <= n; i++) ring.push([east, south + ((north - south) * i) / n]);
  for (let i = 1, n = step(east, west); i <= n; i++) ring.push([east - ((east - west) * i) / n, north]);
  for (let i = 1, n = step(north, south); i < n; i++) ring.push([west, north - ((north - south) * i) / n]);
  ring.push(ring[0]);
  return {type: 'Polygon', coordinates: [ring.reverse()]};
}

/**
 * The land of a region, simplified for a drawing where one user unit is `kmPerUnit` kilometres:
 * points that add less than half a square unit are dropped, and so are islands smaller than four
 * square units.
 */
export function landFor(topology, box, kmPerUnit) {
  const unitArea = (kmPerUnit / EARTH_RADIUS_KM) ** 2; // one square unit, in steradians
  let topo = presimplified(topology);
  topo = simplify(topo, 0.5 * unitArea);
  topo = filter(topo, filterWeight(topo, 4 * unitArea, sphericalRingArea));
  return polygonsNear(feature(topo, topo.objects.land), box);
}

const weighted = new WeakMap();

/** A topology with each point weighted by the spherical area it adds (done once per topology). */
function presimplified(topology) {
  if (!weighted.has(topology)) weighted.set(topology, presimplify(topology, sphericalTriangleArea));
  return weighted.get(topology);
}

/**
 * The polygons of a GeoJSON land collection that reach into a box (with two degrees to spare),
 * as one MultiPolygon. Natural Earth's rings that d3-geo reads as covering more than half the
 * globe (around Antarctica) are left out.
 */
export function polygonsNear(land, box) {
  const polygons = [];
  const margin = 2;
  for (const f of land.features) {
    const g = f.geometry;
    const list = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    for (const coordinates of list) {
      const polygon = {type: 'Polygon', coordinates};
      if (geoArea(polygon) > 2 * Math.PI) continue;
      const [[x0, y0], [x1, y1]] = geoBounds(polygon);
      const acrossAntimeridian = x0 > x1;
      if (!acrossAntimeridian && (x1 < box.west - margin || x0 > box.east + margin)) continue;
      if (y1 < box.south - margin || y0 > box.north + margin) continue;
      polygons.push(coordinates);
    }
  }
  return {type: 'MultiPolygon', coordinates: polygons};
}

/** How many kilometres one user unit of a projection stands for, measured at a point. */
export function kmPerUnit(projection, at) {
  const [x0, y0] = projection(at);
  const east = [at[0] + 0.5, at[1]];
  const [x1, y1] = projection(east);
  return (geoDistance(at, east) * EARTH_RADIUS_KM) / Math.hypot(x1 - x0, y1 - y0);
}

/** The whole SVG document of the map. */
export function drawMap(topology = loadLand()) {
  const main = overviewProjection();
  const inset = insetProjection();
  const mainKm = kmPerUnit(main, [119, 27]);
  const insetKm = kmPerUnit(inset, [130.45, 32.4]);
  const mainLand = landFor(topology, OVERVIEW, mainKm);
  const insetLand = landFor(topology, INSET, insetKm);
  const mainPath = geoPath(main).digits(1);
  const insetPath = geoPath(inset).digits(1);
  const f = INSET_FRAME;

  const out = [];
  out.push(svgOpen(WIDTH, HEIGHT, 'map-title map-desc'));
  out.push(
    '<title id="map-title">北海 Beihai – 八代 Yatsushiro</title>',
    '<desc id="map-desc">Beihai on the Beibu Gulf (Gulf of Tonkin), about 21.5° N, 109.1° E;'
      + ' Yatsushiro on the Yatsushiro Sea, about 32.5° N, 130.6° E. Land: Natural Earth'
      + ' (public domain).</desc>');

  // The overview: sea, graticule, land.
  out.push(`<rect${attrs({width: WIDTH, height: HEIGHT, fill: PALETTE.paper})}/>`);
  const graticule = geoGraticule().step([5, 5]).extent([[95, 10], [145, 45]]).precision(1);
  out.push(`<path${attrs({
    d: mainPath(graticule()),
    fill: 'none',
    stroke: PALETTE.line,
    'stroke-width': 1,
  })}/>`);
  out.push(`<path${attrs({
    d: mainPath(mainLand),
    fill: PALETTE.line,
    stroke: PALETTE.jade,
    'stroke-width': 1,
    'stroke-linejoin': 'round',
  })}/>`);
  out.push(...graticuleLabels(main));
  out.push(...countryLabels(main));
  out.push(seaLabel(main, sea('beibu-gulf'), {anchor: 'middle', size: 20}));
  out.push(scaleBar(main, [112.2, 18.6], 500, 'km'));

  // Where the inset is, and the inset itself (its projection clips the land to its frame).
  const ring = mainPath(outline(INSET));
  out.push(`<path${attrs({d: ring, fill: 'none', stroke: PALETTE.ink, 'stroke-width': 1.5})}/>`);
  const [bx, by] = main([INSET.west, INSET.south]);
  const [cx, cy] = main([INSET.east, INSET.south]);
  out.push(`<path${attrs({
    d: `M${num(bx)},${num(by)}L${num(f.x)},${num(f.y)}M${num(cx)},${num(cy)}L${num(f.x + f.width)},${num(f.y)}`,
    fill: 'none',
    stroke: PALETTE.ink,
    'stroke-width': 1,
  })}/>`);
  out.push('<g id="inset">');
  out.push(`<rect${attrs({x: f.x, y: f.y, width: f.width, height: f.height, fill: PALETTE.paper})}/>`);
  out.push(`<path${attrs({
    d: insetPath(insetLand),
    fill: PALETTE.line,
    stroke: PALETTE.jade,
    'stroke-width': 1,
    'stroke-linejoin': 'round',
  })}/>`);
  out.push(seaLabel(inset, sea('yatsushiro-sea'), {anchor: 'middle', size: 20}));
  out.push(scaleBar(inset, [130.06, 32.02], 20, 'km'));
  out.push('</g>');
  out.push(`<rect${attrs({
    x: f.x, y: f.y, width: f.width, height: f.height,
    fill: 'none', stroke: PALETTE.ink, 'stroke-width': 1.5,
  })}/>`);

  // The cities last, so nothing covers them.
  out.push(cityMark(main, city('beihai'), {id: 'city-beihai', dx: 12, dy: -16, anchor: 'start'}));
  out.push(cityMark(main, city('yatsushiro'), {id: 'city-yatsushiro', dx: -14, dy: -8, anchor: 'end'}));
  out.push(cityMark(inset, city('yatsushiro'), {id: 'inset-city-yatsushiro', dx: -6, dy: -40, anchor: 'middle'}));

  // The frame.
  out.push(`<rect${attrs({
    x: 0.75, y: 0.75, width: WIDTH - 1.5, height: HEIGHT - 1.5,
    fill: 'none', stroke: PALETTE.rule, 'stroke-width': 1.5,
  })}/>`);
  out.push('</svg>');
  return out.join('\n') + '\n';
}

const HALO = {stroke: PALETTE.paper, 'stroke-width': 4, 'stroke-linejoin': 'round', 'paint-order': 'stroke'};

function withHalo(text) {
  return text.replace('<text', `<text${attrs(HALO)}`);
}

function cityMark(projection, place, {id, dx, dy, anchor}) {
  const [x, y] = projection(place.at);
  const mark = `<circle${attrs({
    cx: x, cy: y, r: 7, fill: PALETTE.orchid, stroke: PALETTE.paper, 'stroke-width': 2.5,
  })}/><circle${attrs({cx: x, cy: y, r: 2, fill: PALETTE.paper})}/>`;
  const text = withHalo(label({
    x: x + dx, y: y + dy, cjk: place.cjk, latin: place.latin,
    size: 25, anchor, weight: 'bold', fill: PALETTE.ink,
  }));
  return `<g${attrs({id})}>${mark}${text}</g>`;
}

function seaLabel(projection, place, {anchor, size}) {
  const [x, y] = projection(SEA_LABEL_AT[place.id]);
  return `<g${attrs({id: `sea-${place.id}`})}>${withHalo(label({
    x, y, cjk: place.cjk, latin: place.latin,
    size, anchor, italic: true, fill: PALETTE.jadeDeep,
  }))}</g>`;
}

function countryLabels(projection) {
  return COUNTRIES.map((c) => {
    const [x, y] = projection(c.at);
    return withHalo(label({
      x, y, cjk: c.cjk, latin: c.latin, size: 20, anchor: 'middle', fill: PALETTE.muted,
    }));
  });
}

/** Labels where the meridians cross the bottom edge and the parallels cross the left edge. */
function graticuleLabels(projection) {
  const out = [];
  const style = {'font-size': 15, fill: PALETTE.muted};
  for (let lon = 105; lon <= 130; lon += 5) {
    const lat = solve((l) => projection([lon, l])[1] - HEIGHT, 0, 40);
    const [x] = projection([lon, lat]);
    if (x < 30 || x > INSET_FRAME.x - 30) continue;
    out.push(withHalo(`<text${attrs({...style, x, y: HEIGHT - 8, 'text-anchor': 'middle'})}>${lon}°E</text>`));
  }
  for (let lat = 20; lat <= 35; lat += 5) {
    const lon = solve((l) => projection([l, lat])[0], 90, 130);
    const [, y] = projection([lon, lat]);
    if (y < 20 || y > HEIGHT - 30) continue;
    out.push(withHalo(`<text${attrs({...style, x: 6, y: y - 4})}>${lat}°N</text>`));
  }
  return out;
}

/** A root of an increasing or decreasing function between a and b, by bisection. */
function solve(fn, a, b) {
  let lo = a;
  let hi = b;
  const rising = fn(b) > fn(a);
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if ((fn(mid) > 0) === rising) hi = mid;
    else lo = mid;
  }
  return (lo + hi) / 2;
}

/** A scale bar of `length` kilometres, starting at a point and measured along its parallel. */
function scaleBar(projection, start, length, unit) {
  const target = length / EARTH_RADIUS_KM;
  const lon = solve((l) => geoDistance(start, [l, start[1]]) - target, start[0], start[0] + 30);
  const [x0, y0] = projection(start);
  const [x1, y1] = projection([lon, start[1]]);
  const w = Math.hypot(x1 - x0, y1 - y0);
  const half = w / 2;
  const h = 6;
  return `<g${attrs({id: `scale-${length}${unit}`})}>`
    + `<rect${attrs({x: x0, y: y0 - h, width: half, height: h, fill: PALETTE.ink})}/>`
    + `<rect${attrs({x: x0 + half, y: y0 - h, width: half, height: h, fill: PALETTE.paper, stroke: PALETTE.ink, 'stroke-width': 1})}/>`
    + `<rect${attrs({x: x0, y: y0 - h, width: w, height: h, fill: 'none', stroke: PALETTE.ink, 'stroke-width': 1})}/>`
    + withHalo(`<text${attrs({x: x0, y: y0 + 17, 'font-size': 15, fill: PALETTE.ink})}>0</text>`)
    + withHalo(`<text${attrs({x: x0 + w, y: y0 + 17, 'font-size': 15, 'text-anchor': 'middle', fill: PALETTE.ink})}>${escapeXml(`${length} ${unit}`)}</text>`)
    + '</g>';
}

export {CITIES, SEAS};
