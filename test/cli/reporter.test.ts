import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { problemLine } from '../../src/cli/reporter.ts';

describe('reporter', () => {
  it('names the file and the problem on one line, whatever the file is called', () => {
    const line = problemLine({ file: 'evil\nname\r.txt', problem: 'empty file' });
    assert.equal(line, 'rejected evil\\x0aname\\x0d.txt: empty file');
    assert.ok(!/[\n\r]/.test(line));
  });
});
