import { Button } from '@/components/ui/button';
import { errorMessage } from '@/lib/api-client';

import { useDownloadAuditCsv } from '../api/download-audit-csv';
import type { AuditFilters } from '../types';

/** Saves the audit log with the page's filters (every page of it) as fleet-audit.csv. */
export function DownloadCsvButton({ filters }: { filters: AuditFilters }) {
  const download = useDownloadAuditCsv();
  return (
    <div className="flex flex-col items-start gap-1">
      <Button
        variant="secondary"
        isLoading={download.isPending}
        onClick={() => {
          download.mutate(filters);
        }}
      >
        Download CSV
      </Button>
      {download.isError && (
        <p role="alert" className="text-sm text-red-700">
          Could not download the CSV: {errorMessage(download.error)}
        </p>
      )}
    </div>
  );
}
