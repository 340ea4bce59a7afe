import { describe, expect, it } from 'vitest';
import { EMPTY_REPOSITORY, parseLsRemote, refFormatError, resolveRef } from './refs';

const a = 'a'.repeat(40);
const b = 'b'.repeat(40);
const c = 'c'.repeat(40);
const t = 'd'.repeat(40);
const output = [`ref: refs/heads/main\tHEAD`, `${a}\tHEAD`, `${a}\trefs/heads/main`, `${b}\trefs/heads/feature/x`, `${t}\trefs/tags/v1`, `${c}\trefs/tags/v1^{}`, `${b}\trefs/tags/light`, ''].join('\n');

describe('parseLsRemote', () => {
  it('reads the default branch, branches and peeled tags', () => {
    expect(parseLsRemote(output)).toEqual({ head: { branch: 'main', commit: a }, branches: { main: a, 'feature/x': b }, tags: { v1: c, light: b } });
  });
  it('reads an empty repository as no refs', () => {
    expect(parseLsRemote('')).toEqual({ branches: {}, tags: {} });
  });
});

describe('resolveRef', () => {
  const refs = parseLsRemote(output);
  it.each([
    ['', { kind: 'branch', name: 'main', commit: a }],
    ['feature/x', { kind: 'branch', name: 'feature/x', commit: b }],
    ['refs/heads/main', { kind: 'branch', name: 'main', commit: a }],
    ['v1', { kind: 'tag', name: 'v1', commit: c }],
    ['bbbbbbb', { kind: 'commit', commit: b, advertised: true }],
    ['0123abc', { kind: 'commit', commit: '0123abc', advertised: false }],
  ])('%s', (input, expected) => {
    expect(resolveRef(refs, input)).toMatchObject({ ok: true, ...expected });
  });
  it('says a ref is not found', () => {
    expect(resolveRef(refs, 'nope')).toEqual({ ok: false, error: 'Ref "nope" not found in the repository (no such branch, tag or commit).' });
  });
  it('says the repository is empty', () => {
    expect(resolveRef(parseLsRemote(''), 'main')).toEqual({ ok: false, empty: true, error: EMPTY_REPOSITORY });
  });
});

describe('refFormatError', () => {
  it.each(['--upload-pack=evil', 'a b', 'main..dev', 'x^{}', 'a:b'])('refuses %s', (ref) => expect(refFormatError(ref)).toBeTruthy());
  it.each(['main', 'feature/x', 'v1.2.3', 'abc1234'])('accepts %s', (ref) => expect(refFormatError(ref)).toBeUndefined());
});
