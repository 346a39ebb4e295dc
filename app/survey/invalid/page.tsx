import type { Metadata } from "next";
import { InvalidSurvey } from "@/components/surveys/invalid-survey";

export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function InvalidSurveyPage({
  searchParams,
}: {
  searchParams: Promise<{ lang?: string }>;
}) {
  return <InvalidSurvey lang={(await searchParams).lang} />;
}
