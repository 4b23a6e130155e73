import { PICTURE_MAX_BYTES, PICTURE_TYPES, type PictureType } from '../types';

/** The first bytes of each picture type: the server checks the content too, this only spares a useless upload. */
const SIGNATURES: Record<PictureType, (bytes: Uint8Array) => boolean> = {
  'image/png': (b) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((value, i) => b[i] === value),
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/webp': (b) => String.fromCharCode(...b.slice(0, 4)) === 'RIFF' && String.fromCharCode(...b.slice(8, 12)) === 'WEBP',
};

export type PictureCheck = { ok: true; contentType: PictureType } | { ok: false; problem: string };

/** Whether a chosen file can be a profile picture: its type by its first bytes, and its size. */
export function checkPicture(head: Uint8Array, size: number): PictureCheck {
  if (size === 0) return { ok: false, problem: 'The file is empty.' };
  if (size > PICTURE_MAX_BYTES) return { ok: false, problem: `The picture is ${(size / 1024 / 1024).toFixed(1)} MiB; at most 2 MiB is allowed.` };
  const contentType = PICTURE_TYPES.find((type) => SIGNATURES[type](head));
  if (!contentType) return { ok: false, problem: 'Choose a PNG, JPEG or WebP image.' };
  return { ok: true, contentType };
}

/** The file's bytes as base64, for the JSON upload route. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** A chosen file's bytes (FileReader: every browser and jsdom have it; `Blob.arrayBuffer` is newer). */
export function readBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      resolve(new Uint8Array(reader.result as ArrayBuffer));
    };
    reader.onerror = () => {
      reject(reader.error ?? new Error('The file could not be read.'));
    };
    reader.readAsArrayBuffer(file);
  });
}
