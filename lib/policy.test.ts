import { describe, expect, it } from "vitest";
import { ROLES } from "@/db/schema/users";
import {
  can,
  canAcknowledgeEscalation,
  canOwnAccounts,
  canUseImport,
  overridesGates,
  receivesEscalationAs,
  seesAllImports,
  worksOnAccounts,
} from "./policy";

const actor = (role: (typeof ROLES)[number]) => ({ id: `${role}-1`, role });
const rolesWhere = (rule: (a: ReturnType<typeof actor>) => boolean) =>
  ROLES.filter((role) => rule(actor(role)));

describe("policy", () => {
  it("lets only customer managers own accounts", () => {
    expect(rolesWhere(canOwnAccounts)).toEqual(["manager"]);
  });

  it("lets everyone but executives work on accounts", () => {
    expect(rolesWhere(worksOnAccounts).sort()).toEqual(["admin", "director", "manager"]);
    expect(rolesWhere((a) => can(a, "account.create")).sort()).toEqual(
      rolesWhere(worksOnAccounts).sort(),
    );
  });

  it("lets directors and admins override gates, assign owners and manage templates", () => {
    const leads = ["admin", "director"];
    expect(rolesWhere(overridesGates).sort()).toEqual(leads);
    expect(rolesWhere((a) => can(a, "stage.override")).sort()).toEqual(leads);
    expect(rolesWhere((a) => can(a, "account.assign")).sort()).toEqual(leads);
    expect(rolesWhere((a) => can(a, "template.manage")).sort()).toEqual(leads);
  });

  it("lets a manager move only accounts they own or are on the team of", () => {
    const manager = actor("manager");
    expect(can(manager, "stage.move", { ownerId: manager.id })).toBe(true);
    expect(can(manager, "stage.move", { ownerId: "x", teamMemberIds: [manager.id] })).toBe(true);
    expect(can(manager, "stage.move", { ownerId: "x" })).toBe(false);
    expect(can(actor("executive"), "stage.move", { ownerId: "executive-1" })).toBe(false);
  });

  it("leaves the working calendar, background jobs and the outbox to admins", () => {
    for (const action of ["calendar.manage", "jobs.manage", "outbox.read"] as const) {
      expect(
        rolesWhere((a) => can(a, action)),
        action,
      ).toEqual(["admin"]);
    }
  });

  it("service requests: the account's people and the manager it was handed to work on it", () => {
    const manager = actor("manager");
    const elsewhere = { ownerId: "x" };
    expect(can(manager, "service.work", { ownerId: manager.id })).toBe(true);
    expect(can(manager, "service.work", { ...elsewhere, requestOwnerId: manager.id })).toBe(true);
    expect(can(manager, "service.read", elsewhere)).toBe(false);
    expect(can(manager, "service.work", elsewhere)).toBe(false);
    expect(can(actor("executive"), "service.read", elsewhere)).toBe(true);
    expect(can(actor("executive"), "service.work", elsewhere)).toBe(false);
    // Handing over: the account's own manager or a lead, not the manager it was handed to.
    expect(can(manager, "service.reassign", { ownerId: manager.id })).toBe(true);
    expect(can(manager, "service.reassign", { ...elsewhere, requestOwnerId: manager.id })).toBe(
      false,
    );
    expect(rolesWhere((a) => can(a, "slaPolicy.manage")).sort()).toEqual(["admin", "director"]);
    expect(rolesWhere((a) => can(a, "escalationLadder.manage")).sort()).toEqual([
      "admin",
      "director",
    ]);
  });

  it("an escalation is acknowledged by whoever it notified, or by a lead", () => {
    expect(canAcknowledgeEscalation(actor("executive"), ["executive-1"])).toBe(true);
    expect(canAcknowledgeEscalation(actor("manager"), ["executive-1"])).toBe(false);
    expect(canAcknowledgeEscalation(actor("director"), [])).toBe(true);
  });

  it("lets managers import into their own accounts, directors and admins into any owner", () => {
    expect(rolesWhere((a) => can(a, "import.run")).sort()).toEqual([
      "admin",
      "director",
      "manager",
    ]);
    expect(rolesWhere((a) => can(a, "import.anyOwner")).sort()).toEqual(["admin", "director"]);
    const mine = { createdById: "manager-1" };
    expect(rolesWhere((a) => canUseImport(a, mine)).sort()).toEqual([
      "admin",
      "director",
      "manager",
    ]);
    expect(canUseImport({ id: "manager-2", role: "manager" }, mine)).toBe(false);
    expect(
      canUseImport({ id: "executive-1", role: "executive" }, { createdById: "executive-1" }),
    ).toBe(false);
    expect(rolesWhere(seesAllImports).sort()).toEqual(["admin", "director"]);
  });
});

describe("products and orders", () => {
  it("lets directors and admins keep the catalogue, and the account's people record orders", () => {
    expect(rolesWhere((a) => can(a, "product.manage")).sort()).toEqual(["admin", "director"]);
    const manager = actor("manager");
    expect(can(manager, "order.work", { ownerId: manager.id })).toBe(true);
    expect(can(manager, "order.work", { ownerId: "x", teamMemberIds: [manager.id] })).toBe(true);
    expect(can(manager, "order.work", { ownerId: "someone-else" })).toBe(false);
    expect(can(actor("director"), "order.work", { ownerId: "someone-else" })).toBe(true);
    expect(can(actor("executive"), "order.work", { ownerId: "someone-else" })).toBe(false);
  });
});

describe("receivesEscalationAs", () => {
  it("a director step reaches directors only, an executive step executives only", () => {
    expect(rolesWhere((a) => receivesEscalationAs(a, "director"))).toEqual(["director"]);
    expect(rolesWhere((a) => receivesEscalationAs(a, "executive"))).toEqual(["executive"]);
  });
});
