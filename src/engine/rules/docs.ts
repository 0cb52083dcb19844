import type { Lang } from "../schema";
import { CATALOGS } from "../words/catalog";
import { RULE_DOCS_EN } from "../words/ruleDocs";

/**
 * What each setting means, in the users' words, for the printed rule set (rules --print). JSON has
 * no comments, so the printed document carries these as a `_doc` object at the top of each section
 * (field path → explanation); parseRuleSet ignores `_doc` keys, so the printed file is itself a
 * valid rule set. Sources are as in defaults.ts. The words live in the catalog (words/ruleDocs.ts,
 * keyed "section.field path"); this module arranges them by section.
 */
type Docs = Record<string, Record<Lang, string>>;
type DocSection =
  | "ruleSet"
  | "window"
  | "segmentation"
  | "lifecycle"
  | "churn"
  | "followUp"
  | "satisfaction"
  | "complaints"
  | "model"
  | "limits";

function docsBySection(): Record<DocSection, Docs> {
  const out: Record<DocSection, Docs> = {
    ruleSet: {},
    window: {},
    segmentation: {},
    lifecycle: {},
    churn: {},
    followUp: {},
    satisfaction: {},
    complaints: {},
    model: {},
    limits: {},
  };
  for (const key of Object.keys(RULE_DOCS_EN) as (keyof typeof RULE_DOCS_EN)[]) {
    const dot = key.indexOf(".");
    out[key.slice(0, dot) as DocSection][key.slice(dot + 1)] = {
      "zh-CN": CATALOGS["zh-CN"].ruleDocs[key],
      "en-US": CATALOGS["en-US"].ruleDocs[key],
    };
  }
  return out;
}

/** Each section's settings and what they mean, in both languages (field path → words). */
export const RULE_DOCS: Record<DocSection, Docs> = docsBySection();

/** The `_doc` object of one section in one language. @example sectionDocs("window", "en-US").months */
export function sectionDocs(section: keyof typeof RULE_DOCS, lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(RULE_DOCS[section])) out[k] = v[lang];
  return out;
}
