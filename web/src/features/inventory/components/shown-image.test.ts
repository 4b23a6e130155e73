import { describe, expect, it } from 'vitest';

import { shownImage } from './shown-image';

describe('shownImage', () => {
  it('shows an image the app serves itself', () => {
    expect(shownImage(`${window.location.origin}/api/products/p1/image`)).toBe(
      `${window.location.origin}/api/products/p1/image`,
    );
  });

  it('leaves out an image on another site, which the page may not load', () => {
    expect(shownImage('https://images.example.com/lamp.png')).toBeUndefined();
  });

  it('leaves out a missing image', () => {
    expect(shownImage(undefined)).toBeUndefined();
  });
});
