/** Text encodings an imported CSV may be in: what Excel saves in English and Chinese. */
export const ENCODINGS = ["utf-8", "utf-8-bom", "gb18030"] as const;
export type Encoding = (typeof ENCODINGS)[number];

const BOM = [0xef, 0xbb, 0xbf];

/** How many bytes of the file's start decide its encoding. */
export const SAMPLE_BYTES = 256 * 1024;

/**
 * The encoding of a CSV from its first bytes: a UTF-8 byte-order mark; else the
 * sample decoded as strict UTF-8 (a character cut at the sample's end is not an
 * error); anything that is not valid UTF-8 is read as GB18030, which includes GBK
 * and GB2312 (what Chinese Excel saves as "CSV").
 */
export function detectEncoding(sample: Uint8Array): Encoding {
  if (BOM.every((b, i) => sample[i] === b)) return "utf-8-bom";
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(sample, { stream: true });
    return "utf-8";
  } catch {
    return "gb18030";
  }
}

/** iconv-lite's name for an encoding (a UTF-8 BOM is stripped by the decoder). */
export const iconvName = (encoding: Encoding) => (encoding === "gb18030" ? "gb18030" : "utf8");
