export * from "./accounts";
export * from "./audit";
export * from "./reference-data";
export * from "./stages";
export * from "./stakeholders";
export * from "./users";
