import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MentionLinker } from '../../src/render/body.ts';

const maria = { kind: 'person' as const, url: '/people/maria-okonkwo/', forms: ['Maria Okonkwo', 'Okonkwo'] };
const port = { kind: 'organisation' as const, url: '/organisations/port-authority/', forms: ['Port Authority', 'PA'] };

test('every mention of a person or organisation is linked, longest form first', () => {
  const html = new MentionLinker([maria, port]).link('Maria Okonkwo of the Port Authority spoke. Okonkwo left.');
  assert.equal(
    html,
    '<a class="mention person" href="/people/maria-okonkwo/">Maria Okonkwo</a> of the ' +
      '<a class="mention organisation" href="/organisations/port-authority/">Port Authority</a> spoke. ' +
      '<a class="mention person" href="/people/maria-okonkwo/">Okonkwo</a> left.',
  );
});

test('forms match whole words only, and case matters', () => {
  const linker = new MentionLinker([port]);
  assert.equal(linker.link('PAPA and pa, but PA.'), 'PAPA and pa, but <a class="mention organisation" href="/organisations/port-authority/">PA</a>.');
  assert.equal(new MentionLinker([maria]).link('Okonkwo’s plan'), '<a class="mention person" href="/people/maria-okonkwo/">Okonkwo</a>’s plan');
});

test('a form two targets share is left plain', () => {
  const ann = { kind: 'person' as const, url: '/people/ann-smith/', forms: ['Ann Smith', 'Smith'] };
  const bob = { kind: 'person' as const, url: '/people/bob-smith/', forms: ['Bob Smith', 'Smith'] };
  const html = new MentionLinker([ann, bob]).link('Ann Smith met Bob Smith. Smith said no.');
  assert.match(html, /Smith said no\.$/);
  assert.equal((html.match(/<a /g) ?? []).length, 2);
});

test('text is escaped around and inside links', () => {
  const villain = { kind: 'person' as const, url: '/people/x/', forms: ['<script>alert(1)</script>'] };
  const html = new MentionLinker([villain]).link('<b>hi</b> <script>alert(1)</script> & "q"');
  assert.equal(html, '&lt;b&gt;hi&lt;/b&gt; <a class="mention person" href="/people/x/">&lt;script&gt;alert(1)&lt;/script&gt;</a> &amp; &quot;q&quot;');
  assert.doesNotMatch(html, /<script|<b>/);
});

test('with nothing to link, the text is only escaped', () => {
  assert.equal(new MentionLinker([]).link('a < b'), 'a &lt; b');
});
