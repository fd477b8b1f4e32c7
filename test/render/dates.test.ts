import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateKey, dateView, timestamp } from '../../src/render/dates.ts';

test('a front-matter day reads as a plain date', () => {
  const view = dateView({ value: '2024-08-28', precision: 'day', origin: 'front-matter', evidence: '' })!;
  assert.equal(view.text, '28 August 2024');
  assert.equal(view.iso, '2024-08-28');
  assert.equal(view.note, '');
  assert.equal(view.inferred, false);
});

test('inferred dates are shown as inferred, by precision', () => {
  const day = dateView({ value: '2024-08-28', precision: 'day', origin: 'text', evidence: '' })!;
  assert.equal(day.text, '28 August 2024');
  assert.equal(day.note, 'inferred');
  const month = dateView({ value: '2024-08', precision: 'month', origin: 'text', evidence: '' })!;
  assert.equal(month.text, 'c. August 2024');
  assert.equal(month.note, '');
  assert.equal(month.iso, '2024-08');
  const year = dateView({ value: '2024', precision: 'year', origin: 'text', evidence: '' })!;
  assert.equal(year.text, 'c. 2024');
  assert.equal(year.month, null);
});

test('a precision coarser than the value wins, and malformed dates are dropped', () => {
  assert.equal(dateView({ value: '2024-08-28', precision: 'month', origin: 'front-matter', evidence: '' })!.text, 'August 2024');
  assert.equal(dateView({ value: '2024-02-30', precision: 'day', origin: 'front-matter', evidence: '' }), null);
  assert.equal(dateView({ value: '2024-13', precision: 'month', origin: 'front-matter', evidence: '' }), null);
  assert.equal(dateView({ value: 'soon', precision: 'year', origin: 'text', evidence: '' }), null);
  assert.equal(dateView(null), null);
});

test('date keys sort in time order and timestamps start the period', () => {
  const views = ['2024-08-28', '2023', '2024-08', '2024'].map((value) => dateView({ value, precision: 'day', origin: 'front-matter', evidence: '' })!);
  assert.deepEqual(views.map(dateKey).sort(), ['2023', '2024', '2024-08', '2024-08-28']);
  assert.equal(timestamp(views[2]!), '2024-08-01T00:00:00Z');
  assert.equal(timestamp(views[0]!), '2024-08-28T00:00:00Z');
});
