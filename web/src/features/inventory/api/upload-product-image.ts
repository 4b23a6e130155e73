import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { MutationConfig } from '@/lib/query-client';
import { uploadWithProgress } from '@/lib/upload';
import { typedApi, type Schemas, type Sent } from '@/lib/typed-api';

import { inventoryKeys } from './inventory-keys';
import { getProductQueryOptions, type VersionedProduct } from './get-product';
import { updateProduct } from './update-product';

export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const;
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

export type ImageUploadTicket = Sent<Schemas['ImageUpload']>;

export type UploadImageVariables = {
  productId: string;
  file: File;
  onProgress: (fraction: number) => void;
};

/** Checks a picked file before anything is sent; returns the problem, if any. */
export function imageProblem(file: File): string | undefined {
  if (!(IMAGE_TYPES as readonly string[]).includes(file.type)) return 'Choose a PNG, JPEG, WebP or GIF image.';
  if (file.size > MAX_IMAGE_BYTES) return 'Choose an image of at most 5 MB.';
  return undefined;
}

/** Asks for a presigned URL, PUTs the file there, then points the product at the new image. */
export async function uploadProductImage({ productId, file, onProgress }: UploadImageVariables): Promise<VersionedProduct> {
  const ticket = (await typedApi.post('/products/{id}/image', { path: { id: productId }, body: { contentType: file.type } })) as ImageUploadTicket;
  await uploadWithProgress(ticket.uploadUrl, file, file.type, onProgress);
  return updateProduct({ productId, data: { imageUrl: ticket.imageUrl } });
}

export function useUploadProductImage({ mutationConfig }: { mutationConfig?: MutationConfig<typeof uploadProductImage> } = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    mutationFn: uploadProductImage,
    onSuccess: (answer, variables) => {
      queryClient.setQueryData(getProductQueryOptions(variables.productId).queryKey, answer);
      void queryClient.invalidateQueries({ queryKey: inventoryKeys.products.lists() });
      onSuccess?.(answer, variables);
    },
    ...rest,
  });
}
