import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";

/**
 * Validates with the shared zod schema but hands the typed values (not the
 * parsed ones) to the submit handler: the server action parses them again,
 * and money or date transforms must run exactly once, there.
 */
export function rawResolver<V extends FieldValues>(schema: z.ZodType): Resolver<V> {
  const resolver = zodResolver(schema as z.ZodType<FieldValues, FieldValues>, undefined, {
    raw: true,
  });
  return resolver as unknown as Resolver<V>;
}
