/** The workspace answers only pages opened on this machine (Host and Origin on the loopback). */
import { describe, expect, it } from 'vitest';
import { isLocalRequest } from '../../src/content/integration';

describe('isLocalRequest', () => {
  it.each([
    ['the workspace itself', { host: '127.0.0.1:4322' }, true],
    ['localhost', { host: 'localhost:4322' }, true],
    ['IPv6 loopback', { host: '[::1]:4322' }, true],
    ['a form posted from the workspace', { host: '127.0.0.1:4322', origin: 'http://127.0.0.1:4322' }, true],
    ['no Host header', {}, false],
    ['another port', { host: '127.0.0.1:4321' }, false],
    ['a name that resolves here (DNS rebinding)', { host: 'evil.example:4322' }, false],
    ['a page of another site', { host: '127.0.0.1:4322', origin: 'https://evil.example' }, false],
    ['an opaque origin', { host: '127.0.0.1:4322', origin: 'null' }, false],
  ])('%s', (_, headers, expected) => {
    expect(isLocalRequest(headers, 4322)).toBe(expected);
  });
});
