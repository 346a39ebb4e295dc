import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";

type Options<V> = {
  /**
   * Hand the typed values (not the parsed ones) to the submit handler: the server
   * action parses them again, and money or date transforms must run exactly once, there.
   */
  raw?: boolean;
  /** Tidies the values before they are checked (what is checked is what is sent). */
  prepare?: (values: V) => V;
};

/**
 * The one react-hook-form resolver over the shared zod schemas of `lib/validations`.
 * With a schema alone the form's types come from it; otherwise name the form's values
 * (and what submit receives).
 */
export function formResolver<S extends z.ZodType<unknown, FieldValues>>(
  schema: S,
): Resolver<z.input<S>, unknown, z.output<S>>;
export function formResolver<V extends FieldValues, Out = V>(
  schema: z.ZodType,
  options?: Options<V>,
): Resolver<V, unknown, Out>;
export function formResolver<V extends FieldValues, Out = V>(
  schema: z.ZodType,
  options: Options<V> = {},
): Resolver<V, unknown, Out> {
  return (values, context, resolverOptions) => {
    const zod = schema as z.ZodType<FieldValues, FieldValues>;
    const resolve = (options.raw
      ? zodResolver(zod, undefined, { raw: true })
      : zodResolver(zod)) as unknown as Resolver<V, unknown, Out>;
    return resolve(options.prepare ? options.prepare(values) : values, context, resolverOptions);
  };
}
