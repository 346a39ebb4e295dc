import type { Rng } from "./large-journeys";

type Ref = { code: string; nameEn: string; nameZh: string; weight: number };

/** Reference data the large seed spreads accounts over (added next to the demo items). */
export const LARGE_INDUSTRIES: Ref[] = [
  { code: "coatings", nameEn: "Coatings", nameZh: "涂料", weight: 14 },
  { code: "machinery", nameEn: "Machinery", nameZh: "机械制造", weight: 16 },
  { code: "electronics", nameEn: "Electronics", nameZh: "电子", weight: 13 },
  { code: "chemicals", nameEn: "Chemicals", nameZh: "化工", weight: 11 },
  { code: "textiles", nameEn: "Textiles", nameZh: "纺织", weight: 7 },
  { code: "food", nameEn: "Food & beverage", nameZh: "食品饮料", weight: 8 },
  { code: "pharma", nameEn: "Pharmaceuticals", nameZh: "医药", weight: 5 },
  { code: "auto_parts", nameEn: "Auto parts", nameZh: "汽车零部件", weight: 9 },
  { code: "construction", nameEn: "Building materials", nameZh: "建筑建材", weight: 6 },
  { code: "plastics", nameEn: "Plastics", nameZh: "塑料制品", weight: 4 },
  { code: "metals", nameEn: "Metal processing", nameZh: "金属加工", weight: 5 },
  { code: "logistics", nameEn: "Logistics", nameZh: "物流", weight: 2 },
];
export const LARGE_SOURCES: Ref[] = [
  { code: "exhibition", nameEn: "Trade show", nameZh: "展会", weight: 26 },
  { code: "referral", nameEn: "Referral", nameZh: "客户介绍", weight: 22 },
  { code: "website", nameEn: "Website", nameZh: "网站", weight: 18 },
  { code: "cold_call", nameEn: "Cold call", nameZh: "电话开发", weight: 16 },
  { code: "tender", nameEn: "Tender", nameZh: "招投标", weight: 8 },
  { code: "partner", nameEn: "Partner referral", nameZh: "合作伙伴推荐", weight: 7 },
  { code: "social", nameEn: "Social media", nameZh: "社交媒体", weight: 3 },
];
export const LARGE_AREAS: Ref[] = [
  { code: "0101", nameEn: "Beijing", nameZh: "北京", weight: 12 },
  { code: "0201", nameEn: "Shanghai", nameZh: "上海", weight: 14 },
  { code: "0755", nameEn: "Shenzhen", nameZh: "深圳", weight: 11 },
  { code: "0571", nameEn: "Hangzhou", nameZh: "杭州", weight: 9 },
  { code: "0200", nameEn: "Guangzhou", nameZh: "广州", weight: 10 },
  { code: "0512", nameEn: "Suzhou", nameZh: "苏州", weight: 9 },
  { code: "0250", nameEn: "Nanjing", nameZh: "南京", weight: 7 },
  { code: "0280", nameEn: "Chengdu", nameZh: "成都", weight: 7 },
  { code: "0270", nameEn: "Wuhan", nameZh: "武汉", weight: 6 },
  { code: "0532", nameEn: "Qingdao", nameZh: "青岛", weight: 5 },
  { code: "0220", nameEn: "Tianjin", nameZh: "天津", weight: 5 },
  { code: "0230", nameEn: "Chongqing", nameZh: "重庆", weight: 5 },
];

const INDUSTRY_WORD: Record<string, string[]> = {
  coatings: ["涂料", "涂装材料", "油漆"],
  machinery: ["机械", "机电设备", "精密机械"],
  electronics: ["电子", "光电", "电子科技"],
  chemicals: ["化工", "化学工业", "新材料"],
  textiles: ["纺织", "服饰", "织造"],
  food: ["食品", "饮料", "农产品"],
  pharma: ["医药", "生物科技", "药业"],
  auto_parts: ["汽车配件", "汽车零部件", "车辆部件"],
  construction: ["建材", "建筑材料", "装饰材料"],
  plastics: ["塑胶", "塑料制品", "包装材料"],
  metals: ["金属制品", "五金", "钢构"],
  logistics: ["物流", "供应链", "运输"],
};
const BRANDS = (
  "华彩 申达 新锐 绿源 恒通 东方 宝华 中科 鹏程 西湖 金石 瑞丰 德隆 永盛 天成 宏达 海川 联创 博远 嘉禾 " +
  "振华 富达 长城 远航 星辰 正泰 华信 汇丰 安泰 鑫源 润泽 和顺 卓越 精工 同创 信达 广源 通力 凯旋 恒昌 " +
  "美达 协力 科隆 荣盛 万华 东升 佳宝 华美 龙腾 福星"
).split(" ");
const SUFFIXES = ["有限公司", "股份有限公司", "实业有限公司", "科技有限公司", "制造厂"];
const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余于杜叶程".split(
    "",
  );
const GIVEN =
  "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英华慧建国红平刚桂英玲志鹏飞婷雪梅斌晨浩宇欣然子涵".split(
    "",
  );
const TITLES = ["采购总监", "总经理", "技术经理", "采购经理", "副总经理", "生产总监"];

export const personName = (rng: Rng) =>
  rng.pick(SURNAMES) + rng.pick(GIVEN) + (rng.next() < 0.6 ? rng.pick(GIVEN) : "");

export const companyName = (rng: Rng, city: string, industry: string) =>
  city + rng.pick(BRANDS) + rng.pick(INDUSTRY_WORD[industry] ?? ["实业"]) + rng.pick(SUFFIXES);

export const contactTitle = (rng: Rng) => rng.pick(TITLES);

/** A v4-shaped UUID from the seeded generator, so reruns produce the same ids. */
export function uuid(rng: Rng) {
  const hex = Array.from({ length: 32 }, () => Math.floor(rng.next() * 16).toString(16));
  hex[12] = "4";
  hex[16] = ((Math.floor(rng.next() * 4) + 8) as number).toString(16);
  const s = hex.join("");
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** The 40 generated customer managers (plus the two demo managers, who also own accounts). */
export const LARGE_MANAGERS = Array.from({ length: 40 }, (_, i) => ({
  email: `mgr${String(i + 1).padStart(2, "0")}@pcrm.example`,
  index: i,
}));
