/** Company-form suffixes that do not tell two customers apart, longest first. */
const SUFFIXES = [
  "股份有限公司",
  "有限责任公司",
  "有限公司",
  "co.,ltd.",
  "co.,ltd",
  "co.ltd.",
  "co.ltd",
  "ltd.",
  "ltd",
  "inc.",
  "inc",
];

/**
 * The key two customer names are the same customer by: full-width letters, digits
 * and brackets made half-width (NFKC), lower case, no spaces of any width, and a
 * company-form suffix (有限公司, 股份有限公司, 有限责任公司, Co., Ltd.) dropped.
 * "北京华彩涂料有限公司" and "北京 华彩涂料股份有限公司" share a key. An empty key
 * (a name that is only a suffix) matches nothing.
 */
export function nameKey(name: string): string {
  const compact = name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\u3000]+/gu, "");
  let key = compact;
  // Repeatedly, so a key's key is itself ("… Co., Ltd. 有限公司" loses both).
  for (let stripped = true; stripped;) {
    stripped = false;
    for (const suffix of SUFFIXES) {
      if (key.length > suffix.length && key.endsWith(suffix)) {
        key = key.slice(0, -suffix.length).replace(/[,.]+$/u, "");
        stripped = true;
        break;
      }
    }
  }
  return SUFFIXES.includes(key) ? "" : key;
}
