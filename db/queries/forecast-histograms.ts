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
