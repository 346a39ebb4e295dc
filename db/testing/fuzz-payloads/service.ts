import type { FuzzWorld } from "../fuzz-world";
import { account, type Entries } from "./shared";

const SERVICE = {
  subject: "涂层起泡",
  product: "水性面漆",
  contactId: "",
  channel: "visit",
  type: "repair",
  description: "第二批货",
  resolution: "",
};
const serviceRequest = (w: FuzzWorld) => ({
  id: w.serviceRequest.id,
  version: w.serviceRequest.version,
});

/** app/(app)/service/*-actions.ts */
export const servicePayloads: Entries = {
  createServiceRequestAction: {
    as: "owner",
    base: (w) => ({
      ...account(w),
      receivedAt: "2026-03-02T10:00",
      priority: "high",
      fields: { ...SERVICE, contactId: w.stakeholder.id },
    }),
  },
  updateServiceRequestAction: {
    as: "owner",
    base: (w) => ({ ...serviceRequest(w), fields: SERVICE }),
  },
  changeServiceStatusAction: {
    as: "owner",
    base: (w) => ({ ...serviceRequest(w), status: "acknowledged", resolution: "" }),
  },
  changeServicePriorityAction: {
    as: "owner",
    base: (w) => ({ ...serviceRequest(w), priority: "urgent" }),
  },
  reassignServiceRequestAction: {
    as: "director",
    base: (w) => ({ ...serviceRequest(w), ownerId: w.users.other.id }),
  },
  acknowledgeEscalationAction: { as: "director", base: (w) => ({ id: w.escalation.id }) },
  saveSlaPolicyAction: {
    as: "director",
    base: () => ({
      type: "repair",
      priority: "high",
      version: 1,
      firstResponseHours: "2",
      resolutionHours: "12",
    }),
  },
  addEscalationStepAction: {
    as: "director",
    base: () => ({
      clock: "resolution",
      thresholdPercent: "150",
      extraHours: "2",
      target: "director",
    }),
  },
  saveEscalationStepAction: {
    as: "admin",
    base: (w) => ({
      id: w.ladderStep.id,
      version: w.ladderStep.version,
      clock: "first_response",
      thresholdPercent: "100",
      extraHours: "0",
      target: "director",
      active: true,
    }),
  },
};
