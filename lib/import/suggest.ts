import type { ColumnMapping, ImportTarget } from "./fields";

/**
 * Header names per field: seed 002's field names (客户名称, 客户编码, 国家/地区, …
 * 联系人: 姓名, 称呼, 部门, 职务, 办公电话, 移动电话, …), common variants and English.
 * Compared after `headerKey`, so case, spaces, width and marks like `*` or `：` do not matter.
 */
const SYNONYMS: Record<ImportTarget, string[]> = {
  code: ["客户编码", "客户编号", "编码", "客户代码", "code", "customer code", "account code"],
  name: [
    "客户名称",
    "客户名",
    "公司名称",
    "单位名称",
    "企业名称",
    "名称",
    "name",
    "customer name",
    "company",
    "company name",
    "account name",
  ],
  countryRegion: ["国家/地区", "国家", "国家地区", "country", "country/region", "region"],
  province: ["省份", "省", "province", "state"],
  city: ["城市", "市", "city"],
  postalCode: ["邮编", "邮政编码", "postal code", "zip", "zip code", "postcode"],
  address: ["详细地址", "地址", "通讯地址", "address", "street"],
  phone: ["客户电话", "电话", "公司电话", "联系电话", "phone", "telephone", "tel"],
  fax: ["客户传真", "传真", "fax"],
  email: ["电子邮箱", "客户邮箱", "邮箱", "电子邮件", "email", "e-mail", "mail"],
  homepage: ["主页", "网址", "网站", "公司网站", "homepage", "website", "web", "url"],
  annualRevenue: ["年收入", "年营业额", "年销售额", "营业额", "annual revenue", "revenue"],
  employeeCount: ["员工数", "员工人数", "人数", "employees", "employee count", "staff"],
  industry: ["行业", "所属行业", "industry"],
  source: ["客户来源", "来源", "source", "lead source"],
  area: ["区号", "地区", "区域", "地区编码", "area", "area code"],
  type: ["客户类型", "类型", "type", "customer type"],
  status: ["客户状态", "状态", "status"],
  grade: ["等级", "客户等级", "重要等级", "级别", "grade", "level"],
  "contact.name": [
    "联系人",
    "姓名",
    "联系人姓名",
    "主联系人",
    "contact",
    "contact name",
    "contact person",
  ],
  "contact.salutation": ["称呼", "联系人称呼", "salutation"],
  "contact.department": ["部门", "联系人部门", "department", "dept"],
  "contact.title": ["职务", "职位", "联系人职务", "title", "job title", "position"],
  "contact.mobile": ["移动电话", "手机", "手机号", "联系人手机", "mobile", "cell", "mobile phone"],
  "contact.officePhone": ["办公电话", "联系人电话", "office phone", "work phone"],
  "contact.homePhone": ["家庭电话", "住宅电话", "home phone"],
  "contact.fax": ["联系人传真", "contact fax"],
  "contact.email": ["联系人邮箱", "联系人电子邮箱", "联系人email", "contact email"],
  "contact.hobbies": ["业余爱好", "爱好", "hobbies", "interests"],
};

/** A header as compared: NFKC, lower case, without spaces, `*`, `:`, `_` and brackets' notes. */
export function headerKey(header: string): string {
  return header
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\(.*?\)/gu, "")
    .replace(/[\s*:_]+/gu, "");
}

const LOOKUP = new Map<string, ImportTarget>();
for (const [target, names] of Object.entries(SYNONYMS) as [ImportTarget, string[]][]) {
  for (const name of names) if (!LOOKUP.has(headerKey(name))) LOOKUP.set(headerKey(name), target);
}

/** Each column to the field `lookup` names for its header; a field to its first column only. */
function mapHeaders(header: readonly string[], lookup: Map<string, ImportTarget>): ColumnMapping {
  const taken = new Set<ImportTarget>();
  return header.map((name) => {
    const target = lookup.get(headerKey(name));
    if (!target || taken.has(target)) return null;
    taken.add(target);
    return target;
  });
}

/**
 * A suggested mapping for a header row: each column whose name is a known name of a
 * field goes to that field; a field goes to the first such column only; the rest
 * stay unmapped for the user to choose.
 */
export const suggestMapping = (header: readonly string[]) => mapHeaders(header, LOOKUP);

/** A saved mapping applied to a new file: by header name, so column order may differ. */
export const applySavedMapping = (header: readonly string[], saved: Record<string, ImportTarget>) =>
  mapHeaders(header, new Map(Object.entries(saved).map(([h, t]) => [headerKey(h), t])));

/** A mapping as saved under a name: header name → field. */
export function mappingByHeader(header: readonly string[], mapping: ColumnMapping) {
  const out: Record<string, ImportTarget> = {};
  header.forEach((name, i) => {
    const target = mapping[i];
    if (target && name) out[name] = target;
  });
  return out;
}
