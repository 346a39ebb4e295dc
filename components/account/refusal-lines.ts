export type MessageRef = { key: string; params?: Record<string, string | number> };

/** A refusal's details, or its message when it has none, as message references. */
export const refusalLines = (result: {
  message: string;
  params?: Record<string, string | number>;
  details?: MessageRef[];
}): MessageRef[] =>
  result.details?.length ? result.details : [{ key: result.message, params: result.params }];
