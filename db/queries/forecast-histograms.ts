import "server-only";
import { gt } from "drizzle-orm";
import { analyticsDb } from "@/db";
import { forecastHistograms } from "@/db/schema";
import {
  buildHistograms,
  isForecastStage,
  type Histograms,
  type HistogramRow,
} from "@/lib/forecast";

/**
 * Every histogram cell (a few thousand rows at 100,000 accounts). The forecast of
 * any account uses the whole company's stays of its segment, so this read is not
 * scoped by visibility: it carries counts only, never an account.
 */
export async function loadHistogramRows(): Promise<HistogramRow[]> {
  const rows = await analyticsDb
    .select()
    .from(forecastHistograms)
    .where(gt(forecastHistograms.count, 0));
  return rows.flatMap((r) =>
    isForecastStage(r.stage)
      ? [
          {
            industryId: r.industryId,
            grade: r.grade,
            stage: r.stage,
            next: r.nextStage,
            bucket: r.bucket,
            count: r.count,
          },
        ]
      : [],
  );
}

export const loadHistograms = async (): Promise<Histograms> =>
  buildHistograms(await loadHistogramRows());

/** How long the histograms read are reused: a move changes one count in ~800,000. */
export const HISTOGRAM_TTL_MS = 60_000;
let cached: { until: number; value: Promise<Histograms>; refreshing: boolean } | null = null;

/**
 * The histograms, read at most once a minute per server process. Once a minute has
 * passed, the request that notices starts a fresh read and it and the others meanwhile
 * get the previous histograms, so only a process's first request waits for the read.
 */
export function cachedHistograms(now: Date): Promise<Histograms> {
  if (!cached) {
    const value = loadHistograms();
    const entry = { until: now.getTime() + HISTOGRAM_TTL_MS, value, refreshing: false };
    cached = entry;
    value.catch(() => {
      if (cached === entry) cached = null;
    });
    return value;
  }
  if (cached.until <= now.getTime() && !cached.refreshing) {
    const entry = cached;
    entry.refreshing = true;
    loadHistograms().then(
      (fresh) => {
        cached = {
          until: now.getTime() + HISTOGRAM_TTL_MS,
          value: Promise.resolve(fresh),
          refreshing: false,
        };
      },
      () => {
        entry.refreshing = false;
      },
    );
  }
  return cached.value;
}
