import { createHash, createHmac } from "node:crypto";

/**
 * The personal link's token: HMAC-SHA256 of the invitation's id under a key derived
 * from AUTH_SECRET, base64url (43 characters, 256 bits). The database keeps only its
 * SHA-256 (`token_hash`), so a copy of the database alone opens no survey, while the
 * server can rebuild a pending link for a reminder or for the manager's QR code.
 */
export function surveyToken(secret: string, invitationId: string): string {
  const key = createHmac("sha256", secret).update("pcrm-survey-token-v1").digest();
  return createHmac("sha256", key).update(invitationId).digest("base64url");
}

export const hashSurveyToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** A token as we make them: anything else is refused before the database is asked. */
export const isWellFormedToken = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);

/** The public path of a link. */
export const surveyPath = (token: string) => `/survey/${token}`;
