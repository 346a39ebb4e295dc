import { describe, expect, test } from "vitest";
import { missingTargets, repeatedTargets } from "./fields";
import { applySavedMapping, mappingByHeader, suggestMapping } from "./suggest";
import { CUSTOMER_HEADER } from "./testing/generate";

describe("mapping suggestions", () => {
  test.each([
    ["客户名称", "name"],
    ["客户编码", "code"],
    ["国家/地区", "countryRegion"],
    ["邮编", "postalCode"],
    ["详细地址", "address"],
    ["客户电话", "phone"],
    ["客户传真", "fax"],
    ["电子邮箱", "email"],
    ["主页", "homepage"],
    ["年收入", "annualRevenue"],
    ["员工数", "employeeCount"],
    ["行业", "industry"],
    ["客户类型", "type"],
    ["客户来源", "source"],
    ["客户状态", "status"],
    ["区号", "area"],
    ["姓名", "contact.name"],
    ["称呼", "contact.salutation"],
    ["部门", "contact.department"],
    ["职务", "contact.title"],
    ["移动电话", "contact.mobile"],
    ["办公电话", "contact.officePhone"],
    ["家庭电话", "contact.homePhone"],
    ["业余爱好", "contact.hobbies"],
    ["Customer Name", "name"],
    ["E-mail", "email"],
    ["Mobile", "contact.mobile"],
    ["Annual revenue", "annualRevenue"],
    ["＊客户名称：", "name"],
    ["客户名称(必填)", "name"],
    [" Zip  Code ", "postalCode"],
  ])("%s → %s", (header, target) => {
    expect(suggestMapping([header])).toEqual([target]);
  });

  test("an unknown header is left for the user", () => {
    expect(suggestMapping(["备注", "Notes"])).toEqual([null, null]);
  });

  test("a field goes to the first matching column only", () => {
    expect(suggestMapping(["电话", "客户电话"])).toEqual(["phone", null]);
  });

  test("the generated seed-002 file maps every column, the required ones included", () => {
    const mapping = suggestMapping(CUSTOMER_HEADER);
    expect(mapping.filter((t) => t === null)).toEqual([]);
    expect(missingTargets(mapping)).toEqual([]);
    expect(repeatedTargets(mapping)).toEqual([]);
  });

  test("missing required fields and repeated fields are named", () => {
    expect(missingTargets(["name", null])).toEqual(["area"]);
    expect(repeatedTargets(["name", "name", "area"])).toEqual(["name"]);
  });

  test("a saved mapping applies to a file with its columns in another order", () => {
    const saved = mappingByHeader(["公司", "地区码", "备注"], ["name", "area", null]);
    expect(saved).toEqual({ 公司: "name", 地区码: "area" });
    expect(applySavedMapping(["备注", "地区码", "公司"], saved)).toEqual([null, "area", "name"]);
  });
});
