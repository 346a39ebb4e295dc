export * from "./types";
export { bucketOf, bucketWidth } from "./buckets";
export { buildHistograms, type Histograms } from "./histograms";
export {
  forecastAccount,
  ACCOUNT_HORIZON,
  type AccountForecast,
  type OpenAccount,
} from "./account";
export {
  forecastPipeline,
  PIPELINE_HORIZON,
  type OpenGroup,
  type PipelineForecast,
} from "./pipeline";
export { periodTotals, poissonQuantile, type ForecastPeriod, type PeriodUnit } from "./periods";
