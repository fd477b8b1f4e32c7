import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compact, jsonLdScript } from '../../src/render/jsonld.ts';

test('JSON-LD cannot close its script element, and still parses to the same data', () => {
  const data = { headline: '</script><script>alert(1)</script> <!-- & \u2028' };
  const script = jsonLdScript(data);
  assert.doesNotMatch(script, /<|>|&|\u2028/);
  assert.deepEqual(JSON.parse(script), data);
});

test('compact drops what is not known', () => {
  assert.deepEqual(compact({ a: 1, b: undefined, c: null, d: [], e: ['x'] }), { a: 1, e: ['x'] });
});
