import { z } from "zod";

export const retryJobSchema = z.object({ id: z.uuid() });
