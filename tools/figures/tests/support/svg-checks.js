// What every figure must be to be published: well-formed XML (read by xmldom, a maintained
// parser), an accessible SVG (role="img" and a <title>), and self-contained: no script, no event
// handler, no link or url() that leaves the drawing, no embedded font or picture.

import assert from 'node:assert/strict';
import {DOMParser} from '@xmldom/xmldom';

const SVG_NS = 'http://www.w3.org/2000/svg';
const FORBIDDEN_ELEMENTS = new Set(['script', 'foreignObject', 'image', 'iframe', 'object', 'embed',
  'audio', 'video', 'a', 'font', 'font-face']);

/** Parses a figure, failing on any XML error or warning, and returns its document. */
export function parseSvg(text) {
  const problems = [];
  const doc = new DOMParser({onError: (level, message) => problems.push(`${level}: ${message}`)})
    .parseFromString(text, 'image/svg+xml');
  assert.deepEqual(problems, [], 'the SVG parses without errors or warnings');
  return doc;
}

/** Asserts that a parsed figure is accessible and holds nothing a browser would run or fetch. */
export function assertSelfContained(doc) {
  const root = doc.documentElement;
  assert.equal(root.localName, 'svg');
  assert.equal(root.namespaceURI, SVG_NS);
  assert.equal(root.getAttribute('role'), 'img');
  const title = root.getElementsByTagName('title')[0];
  assert.ok(title && title.parentNode === root, 'the <svg> has a <title> of its own');
  assert.ok(title.textContent.trim().length > 0, 'the <title> is not empty');
  for (const id of (root.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)) {
    assert.ok(findById(root, id), `aria-labelledby names #${id}, which exists`);
  }
  walk(root, (el) => {
    assert.ok(!FORBIDDEN_ELEMENTS.has(el.localName), `no <${el.localName}> element`);
    for (let i = 0; i < el.attributes.length; i++) {
      const {name, value} = el.attributes[i];
      assert.ok(!/^on/i.test(name), `no event handler (${name} on <${el.localName}>)`);
      assert.ok(!/(^|:)href$/i.test(name) || value.startsWith('#'), `no link out (${name}="${value}")`);
      for (const m of value.matchAll(/url\(\s*['"]?([^'")]*)/gi)) {
        assert.ok(m[1].startsWith('#'), `no url() out of the drawing (${value})`);
      }
    }
    if (el.localName === 'style') {
      assert.doesNotMatch(el.textContent, /@import|@font-face|url\(/i, 'no style that fetches');
    }
  });
}

function walk(el, visit) {
  visit(el);
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1) walk(n, visit);
  }
}

export function findById(root, id) {
  let found = null;
  walk(root, (el) => {
    if (!found && el.getAttribute('id') === id) found = el;
  });
  return found;
}
