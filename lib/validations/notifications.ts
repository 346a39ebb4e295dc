import "./zod-jitless";
import { z } from "zod";

export const markNotificationReadSchema = z.object({ id: z.uuid() });
export const markAllNotificationsReadSchema = z.object({});
