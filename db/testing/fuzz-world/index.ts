/*
 * The fuzz world (lib/actions/fuzz.int.test.ts): records.ts holds the field sets,
 * build.ts makes the records through the actions, load.ts reads them back as they are now.
 * A record a new action needs: make it in build.ts, read it in load.ts.
 */
export { buildFuzzWorld } from "./build";
export { loadFuzzWorld, type FuzzWorld, type Seeds } from "./load";
export * from "./records";
