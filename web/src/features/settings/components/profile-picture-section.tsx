import { useRef, useState } from 'react';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { errorMessage } from '@/lib/api-client';

import { useDeleteProfilePicture } from '../api/delete-profile-picture';
import { useProfilePictureUrl } from '../api/get-profile-picture-url';
import { useSettings } from '../api/get-settings';
import { useUploadProfilePicture } from '../api/upload-profile-picture';
import { checkPicture, readBytes, toBase64 } from '../utils/picture-file';

/**
 * The picture as stored (through its presigned URL, asked for only when the settings say there is a picture),
 * a file input to replace it, and a way to remove it.
 */
export function ProfilePictureSection() {
  const settings = useSettings();
  const hasPicture = Boolean(settings.data?.profilePicture);
  const picture = useProfilePictureUrl({ queryConfig: { enabled: hasPicture } });
  const [problem, setProblem] = useState<string>();
  const [done, setDone] = useState<string>();
  const input = useRef<HTMLInputElement>(null);
  const upload = useUploadProfilePicture({
    mutationConfig: {
      onSuccess: () => {
        setDone('Picture uploaded.');
        if (input.current) input.current.value = '';
      },
    },
  });
  const remove = useDeleteProfilePicture({ mutationConfig: { onSuccess: () => { setDone('Picture removed.'); } } });

  const choose = async (file: File | undefined) => {
    setProblem(undefined);
    setDone(undefined);
    if (!file) return;
    const bytes = await readBytes(file);
    const check = checkPicture(bytes.subarray(0, 16), file.size);
    if (!check.ok) {
      setProblem(check.problem);
      return;
    }
    upload.mutate({ imageData: toBase64(bytes), contentType: check.contentType });
  };

  return (
    <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
      <div className="flex h-24 w-24 shrink-0 items-center justify-center overflow-hidden rounded-full border border-slate-300 bg-slate-100">
        {settings.isPending || (hasPicture && picture.isPending) ? (
          <Spinner label="Loading the picture" />
        ) : hasPicture && picture.data ? (
          <img src={picture.data.url} alt="Your profile picture" className="h-full w-full object-cover" />
        ) : (
          <span className="px-2 text-center text-sm text-slate-700">No picture</span>
        )}
      </div>
      <div className="min-w-0 space-y-3">
        <div className="space-y-1">
          <label htmlFor="profile-picture-file" className="block text-sm font-medium text-slate-800">
            Upload a picture
          </label>
          <input
            id="profile-picture-file"
            ref={input}
            type="file"
            accept="image/png,image/jpeg,image/webp"
            aria-describedby="profile-picture-hint"
            disabled={upload.isPending}
            className="block w-full text-sm text-slate-800"
            onChange={(event) => void choose(event.target.files?.[0])}
          />
          <p id="profile-picture-hint" className="text-sm text-slate-600">
            PNG, JPEG or WebP, at most 2 MiB.
          </p>
        </div>
        {upload.isPending && <p className="text-sm text-slate-700">Uploading…</p>}
        {hasPicture && (
          <Button
            variant="secondary"
            size="sm"
            isLoading={remove.isPending}
            onClick={() => {
              setDone(undefined);
              remove.mutate();
            }}
          >
            Remove picture
          </Button>
        )}
        {problem && <Alert tone="error">{problem}</Alert>}
        {upload.isError && <Alert tone="error">{errorMessage(upload.error)}</Alert>}
        {remove.isError && <Alert tone="error">{errorMessage(remove.error)}</Alert>}
        {picture.isError && <Alert tone="error">Could not load the picture: {errorMessage(picture.error)}</Alert>}
        {done && <Alert tone="success">{done}</Alert>}
      </div>
    </div>
  );
}
