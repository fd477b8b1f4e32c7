import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractEntities } from '../../src/extract/entities.ts';
import { article, names } from './fixtures.ts';

describe('extractEntities: clubs named by their town', () => {
  it('reads a town as its club where the sports report gives it the club’s people or a match', () => {
    const e = extractEntities(article([
      'Portsmouth boss Ann Vale wants a new striker before the end of the season.',
      'Vale, who joined Portsmouth in May, said the squad was too thin. Portsmouth host Bristol on Saturday.',
    ]));
    assert.deepEqual(names(e.organisations), ['Bristol', 'Portsmouth']);
  });

  it('leaves towns and people’s names alone in other sentences of sport', () => {
    const e = extractEntities(article([
      'Ann Varga won the 800m final this season, and beating Varga is the benchmark for every runner.',
      'Since moving from Bristol to London she has trained with a new coach and a new squad.',
    ]));
    assert.deepEqual(names(e.organisations), []);
    assert.deepEqual(names(e.people), ['Ann Varga']);
  });
});
