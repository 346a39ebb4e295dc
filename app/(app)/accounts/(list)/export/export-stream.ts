import "server-only";
import {
  exportAccounts,
  exportActivities,
  exportContacts,
  type ExportScope,
} from "@/db/queries/exports";
import {
  exportOrderLines,
  exportOrders,
  exportServiceRequests,
} from "@/db/queries/exports-service-orders";
import { csvStream } from "@/lib/export/csv";
import {
  cellBatches,
  DATASETS,
  headerRow,
  type Dataset,
  type ExportContext,
  type ExportDataset,
} from "@/lib/export/datasets";
import type { ExportFormat } from "@/lib/export/download";
import type { ExportValue } from "@/lib/export/cells";
import type { ServiceListFilters } from "@/lib/service/list-filters";
import { xlsxStream } from "@/lib/export/xlsx";

/**
 * What an export covers: the account list's view (accounts, contacts, activities and
 * orders of the listed accounts), one account (`accountId`, for its orders), or the
 * service list's view (`service`, its URL filters).
 */
export type AnyExportScope = ExportScope & { accountId?: string; service?: ServiceListFilters };

const READERS = {
  accounts: exportAccounts,
  contacts: exportContacts,
  activities: exportActivities,
  service: (scope) => exportServiceRequests({ ...scope, filters: scope.service ?? {} }),
  orders: exportOrders,
  orderLines: exportOrderLines,
} satisfies Record<ExportDataset, (scope: AnyExportScope) => AsyncIterable<unknown[]>>;

/**
 * The first batch is read before the download starts, so a failing query answers
 * with an error status rather than a cut-off file; the rest follows as the client reads.
 */
async function startedBatches(
  batches: AsyncGenerator<ExportValue[][]>,
): Promise<AsyncIterable<ExportValue[][]>> {
  const first = await batches.next();
  return {
    async *[Symbol.asyncIterator]() {
      try {
        if (first.done) return;
        yield first.value;
        yield* batches;
      } finally {
        await batches.return(undefined);
      }
    },
  };
}

/** The export as a byte stream in `format`, headers in the context's language. */
export async function exportStream(
  what: ExportDataset,
  format: ExportFormat,
  scope: AnyExportScope,
  context: ExportContext,
): Promise<ReadableStream<Uint8Array>> {
  const dataset = DATASETS[what] as Dataset<unknown>;
  const rows = READERS[what](scope) as AsyncIterable<unknown[]>;
  const batches = await startedBatches(cellBatches(dataset, context, rows));
  const header = headerRow(dataset, context);
  return format === "csv"
    ? csvStream(header, batches)
    : xlsxStream(context.t(dataset.name), header, batches);
}
