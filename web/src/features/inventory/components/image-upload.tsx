import { useId, useState } from 'react';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ProgressBar } from '@/components/ui/progress-bar';
import { errorMessage } from '@/lib/api-client';

import { imageProblem, useUploadProductImage } from '../api/upload-product-image';

import { shownImage } from './shown-image';

type ImageUploadProps = {
  productId: string;
  imageUrl?: string;
  /** The product's new ETag after the image was attached (the editor's own change, not a conflict). */
  onUploaded?: (etag: string | undefined) => void;
};

export function ImageUpload({ productId, imageUrl, onUploaded }: ImageUploadProps) {
  const inputId = useId();
  const shown = shownImage(imageUrl);
  const [file, setFile] = useState<File>();
  const [problem, setProblem] = useState<string>();
  const [progress, setProgress] = useState(0);
  const [done, setDone] = useState(false);
  const upload = useUploadProductImage({
    mutationConfig: {
      onSuccess: (answer) => {
        setDone(true);
        onUploaded?.(answer.etag);
        setFile(undefined);
      },
    },
  });

  return (
    <section aria-labelledby={`${inputId}-title`} className="space-y-3">
      <h2 id={`${inputId}-title`} className="text-lg font-semibold text-slate-900">
        Image
      </h2>
      {shown ? (
        <img src={shown} alt="Current product image" className="max-h-48 rounded-md border border-slate-200" />
      ) : (
        <p className="text-sm text-slate-700">
          {imageUrl ? 'The image URL names another site, which the console does not load; upload one here.' : 'No image yet.'}
        </p>
      )}
      <div>
        <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
          Choose an image (PNG, JPEG, WebP or GIF, up to 5 MB)
        </label>
        <input
          id={inputId}
          type="file"
          accept="image/png,image/jpeg,image/webp,image/gif"
          className="mt-1 block w-full text-sm text-slate-800 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-2"
          onChange={(event) => {
            const picked = event.target.files?.[0];
            setDone(false);
            upload.reset();
            setProgress(0);
            setFile(picked);
            setProblem(picked ? imageProblem(picked) : undefined);
          }}
        />
      </div>
      {problem && <Alert tone="error">{problem}</Alert>}
      {upload.isError && <Alert tone="error">{errorMessage(upload.error)}</Alert>}
      {done && <Alert tone="success">Image uploaded.</Alert>}
      {upload.isPending && <ProgressBar value={progress} label="Upload progress" />}
      <Button
        variant="secondary"
        disabled={!file || Boolean(problem)}
        isLoading={upload.isPending}
        onClick={() => {
          if (!file) return;
          upload.mutate({ productId, file, onProgress: setProgress });
        }}
      >
        Upload image
      </Button>
    </section>
  );
}
