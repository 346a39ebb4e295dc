import type { Entries } from "./shared";

/** app/(app)/accounts/import/actions.ts: the owner's uploaded file (header 客户名称, 区号), checked */
export const importsPayloads: Entries = {
  configureImportAction: {
    as: "owner",
    base: (w) => ({
      id: w.importRecord.id,
      encoding: "gb18030",
      mapping: ["name", "area"],
      rules: { code: "update", email: "skip", phone: "skip", name: "create" },
      ownerId: null,
    }),
  },
  chooseRowAction: {
    as: "owner",
    base: (w) => ({ id: w.importRecord.id, rowNo: 2, choice: "create" }),
  },
  startImportAction: { as: "owner", base: (w) => ({ id: w.importRecord.id }) },
  undoImportAction: { as: "owner", base: (w) => ({ id: w.importRecord.id }) },
  saveMappingAction: {
    as: "owner",
    base: () => ({ name: "客户表", byHeader: { 客户名称: "name", 区号: "area" } }),
  },
};
