import { useMutation } from '@tanstack/react-query';

import { typedApi } from '@/lib/typed-api';

import type { AuditFilters } from '../types';
import { auditParams } from './get-audit';

/**
 * The audit log as CSV with the page's filters. The API wants the bearer token, which a plain
 * link never sends, so the file is fetched and then handed to the browser to save.
 */
export async function downloadAuditCsv(filters: AuditFilters): Promise<void> {
  const csv = await typedApi.file('/fleet/audit.csv', 'text/csv', { params: auditParams(filters) });
  const url = URL.createObjectURL(csv);
  const link = document.createElement('a');
  link.href = url;
  link.download = 'fleet-audit.csv';
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has started the download by now; give it a moment before the address is freed.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}

export function useDownloadAuditCsv() {
  return useMutation({ mutationFn: downloadAuditCsv });
}
