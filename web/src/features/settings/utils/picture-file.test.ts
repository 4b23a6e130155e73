import { describe, expect, it } from 'vitest';

import { checkPicture, toBase64 } from './picture-file';

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0]);
const webp = new TextEncoder().encode('RIFF\u0000\u0000\u0000\u0000WEBPVP8 ');

describe('checkPicture', () => {
  it('tells the type by the first bytes, not by the name', () => {
    expect(checkPicture(png, 100)).toEqual({ ok: true, contentType: 'image/png' });
    expect(checkPicture(jpeg, 100)).toEqual({ ok: true, contentType: 'image/jpeg' });
    expect(checkPicture(webp, 100)).toEqual({ ok: true, contentType: 'image/webp' });
  });

  it('refuses other content, an empty file and more than 2 MiB', () => {
    expect(checkPicture(new TextEncoder().encode('<svg onload=alert(1)>'), 30)).toEqual({ ok: false, problem: 'Choose a PNG, JPEG or WebP image.' });
    expect(checkPicture(png, 0)).toEqual({ ok: false, problem: 'The file is empty.' });
    expect(checkPicture(png, 2 * 1024 * 1024 + 1)).toMatchObject({ ok: false, problem: expect.stringContaining('at most 2 MiB') as unknown });
    expect(checkPicture(png, 2 * 1024 * 1024).ok).toBe(true);
  });
});

describe('toBase64', () => {
  it('encodes the bytes as the upload route reads them', () => {
    expect(toBase64(new TextEncoder().encode('hello'))).toBe('aGVsbG8=');
  });
});
