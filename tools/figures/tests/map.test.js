import assert from 'node:assert/strict';
import {test} from 'node:test';
import {feature} from 'topojson-client';
import {geoContains} from 'd3-geo';
import {CITIES, SEAS, sea} from '../src/places.js';
import {INSET, OVERVIEW, SEA_LABEL_AT, drawMap, insetProjection, loadLand, outline, overviewProjection,
  polygonsNear} from '../src/map.js';
import {findById, parseSvg} from './support/svg-checks.js';

const svg = drawMap();
const doc = parseSvg(svg);

test('both cities are marked and named in Chinese/Japanese characters and in English', () => {
  for (const c of CITIES) {
    const g = findById(doc.documentElement, `city-${c.id}`);
    assert.ok(g, `the map marks ${c.latin}`);
    assert.ok(g.getElementsByTagName('circle').length > 0, `${c.latin} has a marker`);
    assert.match(g.textContent, new RegExp(`${c.cjk}.*${c.latin}`));
  }
});

test('both seas are named, and the map has scale bars', () => {
  for (const s of SEAS) {
    const g = findById(doc.documentElement, `sea-${s.id}`);
    assert.ok(g, `the map names the sea ${s.id}`);
    assert.ok(g.textContent.includes(s.cjk));
    for (const name of s.latin) assert.ok(g.textContent.includes(name));
  }
  assert.ok(findById(doc.documentElement, 'scale-500km'));
  assert.ok(findById(doc.documentElement, 'scale-20km'));
});

/** The box, in SVG units, that a box of longitudes and latitudes covers once projected. */
function projectedBox(projection, box) {
  const points = outline(box).coordinates[0].map((p) => projection(p));
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return {x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys)};
}

/** The centre of a city's marker, in SVG units, from the group with that id. */
function marker(id) {
  const circle = findById(doc.documentElement, id).getElementsByTagName('circle')[0];
  return [Number(circle.getAttribute('cx')), Number(circle.getAttribute('cy'))];
}

function inside([x, y], b) {
  return x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1;
}

test('each city is drawn within its sea\'s bounds once projected', () => {
  const main = overviewProjection();
  assert.ok(inside(marker('city-beihai'), projectedBox(main, sea('beibu-gulf'))),
    'Beihai sits within the Beibu Gulf on the overview');
  assert.ok(inside(marker('city-yatsushiro'), projectedBox(main, sea('yatsushiro-sea'))),
    'Yatsushiro sits within the Yatsushiro Sea on the overview');
  assert.ok(inside(marker('inset-city-yatsushiro'), projectedBox(insetProjection(), sea('yatsushiro-sea'))),
    'Yatsushiro sits within the Yatsushiro Sea on the inset');
  assert.ok(!inside(marker('city-beihai'), projectedBox(main, sea('yatsushiro-sea'))));
});

test('each city lies on the coast of the Natural Earth land the map is drawn from', () => {
  const topology = loadLand();
  const land = polygonsNear(feature(topology, topology.objects.land), OVERVIEW);
  for (const c of CITIES) {
    // The fact sheet gives the positions to a tenth of a degree (about 10 km), so "on the coast"
    // means: land within 5 km and water within 12 km.
    const around = (km) => [c.at, ...[0, 45, 90, 135, 180, 225, 270, 315]
      .flatMap((bearing) => [1, 2, 3, 4].map((i) => geoDestination(c.at, bearing, (km * i) / 4)))];
    assert.ok(around(5).some((p) => geoContains(land, p)), `${c.latin} has land within 5 km`);
    assert.ok(around(12).some((p) => !geoContains(land, p)), `${c.latin} has water within 12 km`);
  }
  for (const s of SEAS) {
    assert.ok(!geoContains(land, SEA_LABEL_AT[s.id]), `the name of ${s.latin[0]} starts on water`);
  }
});

/** The point `km` kilometres from a point on a bearing (degrees clockwise from north). */
function geoDestination([lon, lat], bearing, km) {
  const rad = Math.PI / 180;
  const d = km / 6371.0088;
  const phi1 = lat * rad;
  const theta = bearing * rad;
  const phi2 = Math.asin(Math.sin(phi1) * Math.cos(d) + Math.cos(phi1) * Math.sin(d) * Math.cos(theta));
  const lambda2 = lon * rad + Math.atan2(Math.sin(theta) * Math.sin(d) * Math.cos(phi1),
    Math.cos(d) - Math.sin(phi1) * Math.sin(phi2));
  return [lambda2 / rad, phi2 / rad];
}
