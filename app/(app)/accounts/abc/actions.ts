"use server";
import { sql } from "drizzle-orm";
import { getAbcSettings } from "@/db/queries/value";
import { authedAction } from "@/lib/actions/action";
import { ActionError } from "@/lib/actions/errors";
import { runAbcRecompute } from "@/lib/jobs/abc-recompute";
import { can } from "@/lib/policy";
import { recomputeAbcSchema, updateAbcSettingsSchema } from "@/lib/validations/value";

const PATHS = ["/accounts/abc", "/accounts", "/pipeline", "/dashboards"];

/** Saves the ABC thresholds and basis; the next recompute (nightly or on demand) applies them. */
export const updateAbcSettingsAction = authedAction({
  schema: updateAbcSettingsSchema,
  policy: ({ user }) => can(user, "abc.manage"),
  run: async ({ tx, user, input, audit }) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('abc_settings'))`);
    const before = await getAbcSettings(tx);
    if (before.version !== input.version)
      throw new ActionError("conflict", "common.errors.conflict");
    const { aShare, bShare, basis } = input.fields;
    await tx.execute(sql`
      insert into abc_settings (id, a_share_bp, b_share_bp, basis, version, updated_at, updated_by_id)
      values (1, ${aShare}, ${bShare}, ${basis}::abc_basis, 1, now(), ${user.id}::uuid)
      on conflict (id) do update set a_share_bp = excluded.a_share_bp,
        b_share_bp = excluded.b_share_bp, basis = excluded.basis,
        version = abc_settings.version + 1, updated_at = now(), updated_by_id = excluded.updated_by_id`);
    await audit({
      entity: "abcSettings",
      action: "update",
      entityId: "1",
      before: { aShareBp: before.aShareBp, bShareBp: before.bShareBp, basis: before.basis },
      after: { aShareBp: aShare, bShareBp: bShare, basis },
    });
    return { version: before.version + 1 };
  },
  revalidate: () => ["/accounts/abc"],
});

/** A director's "Recompute now": every account's value and class, in this transaction. */
export const recomputeAbcAction = authedAction({
  schema: recomputeAbcSchema,
  policy: ({ user }) => can(user, "abc.manage"),
  run: async ({ tx, user, audit }) => {
    const result = await runAbcRecompute(new Date(), "on_demand", user.id, tx);
    await audit({ entity: "abcSettings", action: "recompute", entityId: "1", after: result });
    return result;
  },
  revalidate: () => PATHS,
});
