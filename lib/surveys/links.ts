import "server-only";
import QRCode from "qrcode";
import { env } from "@/lib/env";
import { surveyPath, surveyToken } from "./token";

/**
 * The origin customers use: PCRM_PUBLIC_URL, else the request's (behind a proxy its
 * forwarded host and protocol), else localhost on PORT (a job without a request).
 */
export function publicOrigin(headers?: Headers): string {
  if (env.PCRM_PUBLIC_URL) return env.PCRM_PUBLIC_URL.replace(/\/+$/, "");
  const host = headers?.get("x-forwarded-host")?.split(",")[0]?.trim() || headers?.get("host");
  if (host) {
    const proto = headers?.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
    return `${proto}://${host}`;
  }
  return `http://localhost:${process.env.PORT ?? 3000}`;
}

/**
 * The origin a job (no request) mails links with: PCRM_PUBLIC_URL; in production
 * without it none, and the job mails nothing (a localhost link would reach the customer
 * dead; the manager still finds each link and its QR code on the account's Service tab).
 */
export function jobOrigin(production = process.env.NODE_ENV === "production"): string | null {
  if (env.PCRM_PUBLIC_URL || !production) return publicOrigin();
  return null;
}

/** The full personal link of an invitation. */
export const surveyLink = (invitationId: string, origin: string) =>
  `${origin}${surveyPath(surveyToken(env.AUTH_SECRET, invitationId))}`;

/** The link as a QR code, an SVG string rendered on the server. */
export const surveyQrSvg = (link: string) =>
  QRCode.toString(link, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
