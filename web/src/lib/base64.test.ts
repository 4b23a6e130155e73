import { describe, expect, it } from 'vitest';

import { blobToBase64 } from './base64';

describe('blobToBase64', () => {
  it('encodes the bytes of a file, without the data URL prefix', async () => {
    expect(await blobToBase64(new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff])], { type: 'image/png' }))).toBe('iVBORwD/');
    expect(await blobToBase64(new Blob(['Zürich'], { type: 'text/plain' }))).toBe(btoa('Z\u00c3\u00bcrich'));
  });

  it('encodes an empty file as an empty text', async () => {
    expect(await blobToBase64(new Blob([]))).toBe('');
  });
});
