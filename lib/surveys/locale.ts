import type { SurveyLocale } from "./types";

const CHINESE_REGIONS = ["", "中国", "中國", "china", "cn", "prc", "台湾", "香港", "澳门"];

/**
 * The language a contact is surveyed in when nobody chose: Chinese unless the contact's
 * country or region is set to somewhere else, then English.
 */
export function contactLocale(contact: { countryRegion: string }): SurveyLocale {
  const region = contact.countryRegion.trim().toLowerCase();
  return CHINESE_REGIONS.includes(region) ? "zh-CN" : "en";
}
