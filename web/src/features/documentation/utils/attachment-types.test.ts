import { describe, expect, it } from 'vitest';

import { ACCEPTED_EXTENSIONS, attachmentType } from './attachment-types';

describe('attachmentType', () => {
  it('takes the type from the name’s extension, in any case', () => {
    expect(attachmentType('notes.txt')).toBe('text/plain');
    expect(attachmentType('README.MD')).toBe('text/markdown');
    expect(attachmentType('photo.final.JPEG')).toBe('image/jpeg');
    expect(attachmentType('build.log')).toBe('text/plain');
    expect(attachmentType('spec.pdf')).toBe('application/pdf');
  });

  it('has no type for files the server refuses: pages, scripts, programs, no extension', () => {
    for (const name of ['page.html', 'image.svg', 'run.exe', 'script.js', 'Makefile', 'archive.zip.exe']) expect(attachmentType(name)).toBeUndefined();
  });

  it('lists every accepted extension for the file picker', () => {
    expect(ACCEPTED_EXTENSIONS.split(',')).toEqual(expect.arrayContaining(['.png', '.jpg', '.md', '.zip']));
  });
});
