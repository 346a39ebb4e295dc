import { PanelSkeleton } from "@/components/dashboards/chart-panel";

export default function Loading() {
  return <PanelSkeleton count={2} />;
}
