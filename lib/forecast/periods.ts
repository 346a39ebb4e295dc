import { addDays, daysBetween, nextMonth, weekdayOf, type IsoDate } from "@/lib/dates";

export type PeriodUnit = "week" | "month";

export type ForecastPeriod = {
  /** First and last day of the period within the horizon (the first may be partial). */
  from: IsoDate;
  to: IsoDate;
  expected: number;
  /** 10th and 90th percentile of the count. */
  p10: number;
  p90: number;
};

/**
 * The q-quantile of a Poisson count with mean `mean`: the smallest k with
 * P(X ≤ k) ≥ q. Above a mean of 500 the normal approximation (continuity-corrected).
 */
export function poissonQuantile(mean: number, q: number): number {
  if (!(mean > 0)) return 0;
  if (mean > 500) {
    const z = q >= 0.5 ? normalZ(q) : -normalZ(1 - q);
    return Math.max(0, Math.ceil(mean + z * Math.sqrt(mean) - 0.5));
  }
  let p = Math.exp(-mean);
  let cumulative = p;
  let k = 0;
  while (cumulative < q - 1e-12) {
    k++;
    p *= mean / k;
    cumulative += p;
  }
  return k;
}

/** z with Φ(z) = q for q ≥ 0.5 (Abramowitz & Stegun 26.2.23, error under 5e-4). */
function normalZ(q: number): number {
  const t = Math.sqrt(-2 * Math.log(1 - q));
  return (
    t -
    (2.515517 + 0.802853 * t + 0.010328 * t * t) /
      (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t)
  );
}

/** The end (inclusive) of the period that contains `day`. */
function periodEnd(day: IsoDate, unit: PeriodUnit): IsoDate {
  if (unit === "week") return addDays(day, 7 - weekdayOf(day));
  return addDays(`${nextMonth(day.slice(0, 7))}-01`, -1);
}

/**
 * Daily expected counts (day 0 = `today`) summed into weeks (Monday–Sunday) or
 * calendar months, each with a P10–P90 band. Accounts move independently, so a
 * period's count is a sum of independent yes/no chances (Poisson-binomial); its
 * band is taken from the Poisson with the same mean, whose spread is never
 * narrower — when each chance is small, as per week and month, nearly the same.
 */
export function periodTotals(
  expected: Float64Array,
  today: IsoDate,
  unit: PeriodUnit,
): ForecastPeriod[] {
  const last = addDays(today, expected.length - 1);
  const periods: ForecastPeriod[] = [];
  let from = today;
  while (from <= last) {
    const end = periodEnd(from, unit);
    const to = end < last ? end : last;
    let mean = 0;
    for (let d = daysBetween(today, from); d <= daysBetween(today, to); d++) mean += expected[d]!;
    periods.push({
      from,
      to,
      expected: mean,
      p10: poissonQuantile(mean, 0.1),
      p90: poissonQuantile(mean, 0.9),
    });
    from = addDays(to, 1);
  }
  return periods;
}
