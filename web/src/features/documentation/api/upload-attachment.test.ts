import { afterEach, describe, expect, it, vi } from 'vitest';

import { fakeApi, ok } from '@/testing/fake-api';
import { uploadWithProgress } from '@/lib/upload';

import { attachment } from '../testing/documentation-fixtures';
import { BASE64_UPLOAD_BYTES, uploadAttachment } from './upload-attachment';

vi.mock('@/lib/upload', () => ({ uploadWithProgress: vi.fn(() => Promise.resolve()) }));

afterEach(() => {
  vi.mocked(uploadWithProgress).mockClear();
});

describe('uploadAttachment', () => {
  it('sends a file over 1 MiB to storage through a presigned PUT, then confirms it', async () => {
    const server = fakeApi();
    server.post('/documentation/d-1/attachments/upload-url', ok({ uploadId: 'u-1', uploadUrl: 'http://127.0.0.1:4566/bucket/up?sig=1', fileName: 'big.pdf', contentType: 'application/pdf', expiresAt: '2026-11-29T11:00:00.000Z' }));
    server.post('/documentation/d-1/attachments/confirm', ok(attachment({ fileName: 'big.pdf', contentType: 'application/pdf', sizeBytes: BASE64_UPLOAD_BYTES + 1 }), 201));
    const file = new File([new Uint8Array(BASE64_UPLOAD_BYTES + 1)], 'big.pdf', { type: 'application/pdf' });
    const onProgress = vi.fn();

    const attached = await uploadAttachment({ documentId: 'd-1', file, contentType: 'application/pdf', onProgress });

    expect(attached.fileName).toBe('big.pdf');
    expect(server.seen('POST', '/documentation/d-1/attachments/upload-url')[0]?.body).toEqual({ fileName: 'big.pdf', contentType: 'application/pdf' });
    expect(uploadWithProgress).toHaveBeenCalledWith('http://127.0.0.1:4566/bucket/up?sig=1', file, 'application/pdf', onProgress);
    expect(server.seen('POST', '/documentation/d-1/attachments/confirm')[0]?.body).toEqual({ uploadId: 'u-1' });
    expect(server.seen('POST', '/documentation/d-1/attachments')).toHaveLength(0);
  });

  it('sends a file of 1 MiB or less as base64 in one request', async () => {
    const server = fakeApi();
    server.post('/documentation/d-1/attachments', ok(attachment(), 201));

    await uploadAttachment({ documentId: 'd-1', file: new File(['hi'], 'notes.txt'), contentType: 'text/plain' });

    expect(server.seen('POST', '/documentation/d-1/attachments')[0]?.body).toEqual({ fileName: 'notes.txt', fileData: btoa('hi'), contentType: 'text/plain' });
    expect(uploadWithProgress).not.toHaveBeenCalled();
  });
});
