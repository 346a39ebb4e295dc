import { accountsPayloads } from "./accounts";
import { adminPayloads } from "./admin";
import { contactsPayloads } from "./contacts";
import { costPayloads } from "./cost";
import { evaluationPayloads } from "./evaluation";
import { importsPayloads } from "./imports";
import { ordersPayloads } from "./orders";
import { reportsPayloads } from "./reports";
import { requirementsPayloads } from "./requirements";
import { schedulePayloads } from "./schedule";
import { scopePayloads } from "./scope";
import { servicePayloads } from "./service";
import { sessionPayloads } from "./session";
import { surveysPayloads } from "./surveys";
import { tasksPayloads } from "./tasks";
import { templatesPayloads } from "./templates";
import type { Entries } from "./shared";

/*
 * A valid payload for every server action, pointed at the fuzz world, and who may
 * call it: the fuzz test mutates these. A new action (or actions module) has to be
 * added, or the fuzz test fails and names it: to the file of its domain here
 * (db/testing/fuzz-payloads/<domain>.ts), or a new file listed below.
 */

export type { Caller, Entry } from "./shared";

const PARTS: Entries[] = [
  sessionPayloads,
  adminPayloads,
  importsPayloads,
  templatesPayloads,
  accountsPayloads,
  contactsPayloads,
  tasksPayloads,
  ordersPayloads,
  servicePayloads,
  surveysPayloads,
  requirementsPayloads,
  evaluationPayloads,
  scopePayloads,
  schedulePayloads,
  costPayloads,
  reportsPayloads,
];

/** The parts merged; an action named in two of them is a mistake, not an override. */
function merge(parts: Entries[]): Entries {
  const all: Entries = {};
  for (const part of parts) {
    for (const [name, entry] of Object.entries(part)) {
      if (all[name]) throw new Error(`fuzz payloads: ${name} is defined twice`);
      all[name] = entry;
    }
  }
  return all;
}

export const FUZZ_PAYLOADS: Entries = merge(PARTS);
