/**
 * The text annotation rules, in the order they run: a rule comes after the rules whose
 * fields it reads (entities read acronyms, claims read entities). A new annotation of a
 * paper's own text is one module under `text/` and one line here.
 */
import { acronymsRule } from './text/acronyms.ts';
import { claimsRule } from './text/claims.ts';
import { entitiesRule } from './text/entities.ts';
import { keyphrasesRule } from './text/keyphrases.ts';
import { summaryRule } from './text/summary.ts';
import { tldrRule } from './text/tldr.ts';

/** Every text rule, in running order. */
export const TEXT_RULES = [tldrRule, summaryRule, acronymsRule, entitiesRule, claimsRule, keyphrasesRule] as const;

/** The fields of the paper record that text rules fill. */
export type TextField = (typeof TEXT_RULES)[number]['field'];
