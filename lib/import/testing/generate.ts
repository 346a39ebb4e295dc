import { createWriteStream } from "node:fs";
import { once } from "node:events";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import type { Encoding } from "../encoding";

/**
 * Test and bench files: customers with a contact each, under seed 002's Chinese
 * headers (the area is the reference item's code, e.g. 0101 for Beijing).
 */
export const CUSTOMER_HEADER = [
  "客户名称",
  "客户编码",
  "国家/地区",
  "省份",
  "城市",
  "邮编",
  "详细地址",
  "客户电话",
  "客户传真",
  "电子邮箱",
  "主页",
  "年收入",
  "员工数",
  "行业",
  "客户类型",
  "客户来源",
  "客户状态",
  "区号",
  "等级",
  "联系人",
  "称呼",
  "部门",
  "职务",
  "移动电话",
  "办公电话",
  "联系人邮箱",
];

const CITIES = ["北京", "上海", "深圳", "杭州"];
const AREAS = ["0101", "0201", "0755", "0571"];
const INDUSTRIES = ["涂料", "机械制造", "电子", "化工"];
const SOURCES = ["展会", "客户介绍", "网站", "电话开发"];
const GRADES = ["重要", "普通", "潜在"];
const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄"];

/** Row `i` (1-based) of a generated customer file; `prefix` keeps files' names apart. */
export function customerRow(i: number, prefix = "导入测试"): string[] {
  const k = i % 4;
  return [
    `${prefix}${CITIES[k]}第${i}号贸易有限公司`,
    "",
    "中国",
    CITIES[k]!,
    CITIES[k]!,
    String(100000 + (i % 899999)),
    `${CITIES[k]}市测试路${i}号`,
    `010-${String(60000000 + i)}`,
    "",
    `c${i}@${prefix === "导入测试" ? "import" : "x" + prefix.length}.example`,
    "",
    String(1000000 + i * 10),
    String(10 + (i % 500)),
    INDUSTRIES[i % 4]!,
    "客户",
    SOURCES[i % 4]!,
    "活跃",
    AREAS[k]!,
    GRADES[i % 3]!,
    `${SURNAMES[i % 8]}${i}`,
    i % 2 ? "先生" : "女士",
    "采购部",
    "经理",
    `138${String(i).padStart(8, "0")}`,
    "",
    `p${i}@contact.example`,
  ];
}

/** A header and `count` generated customer rows. */
export function customerRows(count: number, prefix?: string): string[][] {
  return [CUSTOMER_HEADER, ...Array.from({ length: count }, (_, i) => customerRow(i + 1, prefix))];
}

const csvCell = (cell: string) =>
  /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
export const csvText = (rows: string[][]) =>
  rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";

/** Rows as CSV bytes in `encoding` (what Excel saves: GBK in Chinese Windows, UTF-8 with BOM). */
export function csvBytes(rows: string[][], encoding: Encoding): Buffer {
  const text = csvText(rows);
  if (encoding === "gb18030") return iconv.encode(text, "gb18030");
  const bytes = Buffer.from(text, "utf8");
  return encoding === "utf-8-bom" ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]) : bytes;
}

/** Rows as an XLSX workbook with one sheet. */
export async function xlsxBytes(rows: (string | number | Date)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("客户");
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Writes a generated customer CSV of `count` rows to `path`, streamed (bench files). */
export async function writeCustomerCsv(path: string, count: number, encoding: Encoding) {
  const out = createWriteStream(path);
  const write = async (text: string) => {
    const bytes = encoding === "gb18030" ? iconv.encode(text, "gb18030") : Buffer.from(text);
    if (!out.write(bytes)) await once(out, "drain");
  };
  if (encoding === "utf-8-bom") await write("\ufeff");
  await write(csvText([CUSTOMER_HEADER]));
  for (let i = 1; i <= count; i += 1000) {
    const end = Math.min(count, i + 999);
    const rows = Array.from({ length: end - i + 1 }, (_, j) => customerRow(i + j));
    await write(csvText(rows));
  }
  out.end();
  await once(out, "finish");
}
