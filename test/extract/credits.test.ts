import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isCreditParagraph } from '../../src/extract/entities/credits.ts';

describe('isCreditParagraph', () => {
  it('finds agency credit lines and author bios', () => {
    assert.ok(isCreditParagraph('(Reporting by Lena Voss, Amir Tal; Editing by Cora Blight)'));
    assert.ok(isCreditParagraph('Additional reporting by Tom Ashe in Lisbon'));
    assert.ok(isCreditParagraph('Nina Caldera is a senior business reporter at the Harbour Courier, where she has worked since 2015.'));
    assert.ok(isCreditParagraph('Paul Renner covers city hall for the Lakeside Tribune.'));
  });

  it('leaves article sentences alone', () => {
    assert.ok(!isCreditParagraph('Nina Caldera is a nurse who has worked at the clinic since 2015.'));
    assert.ok(!isCreditParagraph('The report by Amir Tal was published on Monday.'));
    assert.ok(!isCreditParagraph('Paul Renner said the insurance covers flood damage for most homes.'));
  });
});
