import { z } from "zod";

export const RoleAssignSchema = z.object({ role: z.string(), user: z.string() });
export const TableStatsSchema = z.object({ table: z.string(), mode: z.enum(["fast", "full"]) });
