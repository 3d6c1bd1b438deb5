/**
 * Prior work a paper compares itself with, named in a list after the comparison: "performs
 * better than other methods like GQA and CLA", "outperforms leading baselines like DSIR and
 * D4", "(incl. ESM-1v, DeepSequence, and GEMME)", "compared to CCI3.0, SkyPile, and WanjuanV1",
 * "about 2 times slower than ext4" (a lower-case name with a version digit counts after a comparison),
 * "compared to VGGT-SLAM 2.0" (a dotted version after a name is part of it).
 * Outside such a list a bare acronym is as often a common term (MSA, DMS, SOTA) as a name,
 * so only the list's coined names count; they are methods the paper uses (models after
 * "models such as") unless the type evidence says otherwise (a list beside a known dataset,
 * a benchmark suffix). An example in brackets names one work ("needing manual labeling (e.g.
 * ICA-FIX; …)"), but "(e.g., GPTs)" gives an example of a kind, not compared work.
 */
import { isCoinedName } from './coined-name.ts';
import type { EntityRule } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

// What opens a list of compared work: a kind of work and "such as/like/including", or a comparison.
const KIND = String.raw`(?:baselines?|methods?|approaches|models|techniques|algorithms|systems|tools|predictors|competitors)`;
// An example in brackets, "(e.g. ICA-FIX; …)", names an instance of the work just described.
// The bracket may follow the kind ("commercial systems (e.g., Kling-Omni)"), and a preposition may open
// its list ("(e.g., in FooNet and X-VLA)": where the effect was seen, the items still the work named).
const EXAMPLE_BRACKET = String.raw`\((?:incl\.|including|e\.g\.,?|for example,)(?:\s+(?:in|on|with|for))?`;
const OPENER = String.raw`(?:\b(${KIND})\s*(?:(?:,\s*)?(?:such as|like|including)|${EXAMPLE_BRACKET})|${EXAMPLE_BRACKET}|\b(?:compared (?:to|with)|outperform(?:s|ing|ed)?|against|(?:faster|slower|better|worse|cheaper|smaller|larger)\s+than))`;
// Systems software is often named in lower case with a version digit ("ext4", "bzip2", "lme4"): after a
// comparison such a word is a name as surely as a coined one.
const LOWER_CODED = /^[a-z]{2,}\d+[a-z\d]*$/;
// After a kind and "such as", title-case words joined by hyphens are a name too ("approaches such as
// Self-Forcing"): no capital inside a word marks them coined, but the kind says a work is listed.
const HYPHENED_TITLE = /^[A-Z][a-z]+(?:-[A-Z][a-z]+)+$/;
// A plural of capitals ("GPTs", "CNNs") names a kind of work, not one work.
const PLURAL_KIND = /[A-Z]s$/;
// A dotted version is part of the name it follows: "compared to VGGT-SLAM 2.0 and …".
const VERSION = /\s+v?\d+\.\d+$/;
// An item is no word that opens another list ("… and outperforms ARTDECO"), which would hide that list.
const ITEM = String.raw`(?!(?:and|or|the|outperform(?:s|ing|ed)?|against|compared)\b)(?:[A-Za-z][\w.+-]*[\w+](?:\s+v?\d+\.\d+(?![\w.]))?|[α-ωΑ-Ω]_(?:\{\d+(?:\.\d+)?\}|\d))`;
// A Greek letter with a numeric subscript in LaTeX ("π_{0.5}", "π_0") is a name in a list whose other
// items are coined names: robot policies are so named; alone it is as likely a parameter ("σ_1").
const GREEK_SUBSCRIPT = /^[α-ωΑ-Ω]_/;
// A name ending in the acronym of a class of models after a hyphen ("X-VLA", "Med-LLM"), as `type-evidence.ts` reads it.
const MODEL_CLASS_MEMBER = /[A-Za-z0-9]-(?:LLM|VLM|MLLM|VLA)$/;
// "compared to the prior state-of-the-art LARP": the best earlier work, named after the words that rank it.
// "prior" or "previous" is needed: "outperforming the state-of-the-art GVL baseline" is read by the rules
// of baselines, and taking it here cost a tuned paper an ai_keywords phrase (the name outranked it).
const RANKED = String.raw`(?:the\s+(?:prior|previous)\s+(?:state-of-the-art|SOTA|best)\s+)?`;
const COMPARED_LIST = new RegExp(String.raw`${OPENER}\s+${RANKED}(${ITEM}(?:(?:,\s+|,?\s+(?:and|or)\s+)(?:the\s+)?${ITEM})*)`, 'g');
const SEPARATOR = /,\s+(?:and\s+|or\s+)?(?:the\s+)?|\s+(?:and|or)\s+(?:the\s+)?/;
// A kind that names an entity type states it ("methods like GQA", "models such as Qwen2-VL").
// One that names a part played does not: "baselines such as Qwen3-8B" lists models and
// "tools like BLAST" methods, so after those, as after "compared to", the type is a guess.
const STATED_TYPE: Readonly<Record<string, 'method' | 'model'>> = { method: 'method', methods: 'method', approaches: 'method', techniques: 'method', algorithms: 'method', models: 'model' };

/** Coined names in lists of compared work. */
export const comparedNames: EntityRule = {
	name: 'compared names',
	priority: 0,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		return allMatches(abstract, COMPARED_LIST).flatMap((m) => {
			if (inUrl(m.index)) return [];
			const stated = m[1] === undefined ? undefined : STATED_TYPE[m[1].toLowerCase()];
			// Each item stands on its own: "like DSIR and the base model" still names DSIR.
			const items = m[2]!.split(SEPARATOR);
			// Items of one list are of one kind: a mate named as one of a class of models ("X-VLA") makes a
			// list with no stated kind a list of models ("(e.g., in ρ_{0.5} and X-VLA)").
			const type = stated ?? (items.some((item) => MODEL_CLASS_MEMBER.test(item)) ? 'model' : 'method');
			const statedType = stated !== undefined;
			const named = (item: string) => {
				const base = item.replace(VERSION, '');
				return (isCoinedName(base) || LOWER_CODED.test(base) || (m[1] !== undefined && HYPHENED_TITLE.test(base))) && !PLURAL_KIND.test(base) && !isGeneric(item) && !isKnown(item);
			};
			const coinedMate = items.some(named);
			return items
				.filter((item) => named(item) || (coinedMate && GREEK_SUBSCRIPT.test(item)))
				.map((name) => ({ type, name, role: 'used' as const, forms: [], statedType }));
		});
	},
};
