import "./zod-jitless";
import { z } from "zod";

/** A stored throttle key (`email:…` or `ip:…`), for lifting its lock. */
export const unlockSignInSchema = z.object({ key: z.string().min(1).max(400) });
