/**
 * Model names no lexicon lists as written: a known model family with a version and size or
 * variant suffixes (LLaMA2-7B, Qwen2.5-VL-3B-Instruct, GPT-4o, Claude-3.5-Sonnet, o1-mini, o1-preview),
 * or any capitalised name with a parameter-count suffix (MPT-7B, Foo-13B, GPT-OSS-20B: a family
 * followed by a part no suffix list holds is read as such a name when that is longer), or a name in
 * lower case with a hyphened count of billions (gpt-oss-20b, as open-weight models are published), or a vendor's
 * tier with a dotted version and no family (Opus 4.5), or a coined vendor's tier and dotted version
 * (ElevenLabs Flash v2.5), or a coined family, its hyphened version and a size after a space (LLaVA-1.5 7B,
 * as comparisons list backbones). A mixture of experts adds its active
 * parameters and a reasoning release its mode (Qwen3-30B-A3B-Thinking).
 */
import { escapeRegExp } from '../../../src/shared/regexp.ts';
import type { Lexicons } from '../lexicons.ts';
import type { EntityRule } from './entity-rule.ts';
import { RELEASE_WORD, SPACED_RELEASE } from './model-release-tails.ts';
import { allMatches } from '../all-matches.ts';

const MODEL_SUFFIX = String.raw`(?:\d+(?:\.\d+)?[BMK]|A\d+(?:\.\d+)?B|[Tt]hinking|[Bb]ase|[Ll]arge|[Ss]mall|[Mm]edium|[Tt]iny|XX?L|xx?l|[Ii]nstruct|[Cc]hat|[Mm]ini|[Tt]urbo|[Ss]onnet|[Oo]pus|[Hh]aiku|VL|[Cc]oder|[Mm]ath|R\d+|[Vv]\d+(?:\.\d+)*|[Pp]ro|[Pp]review|[Ff]lash|[BLHSG](?:\/\d+)?|\d+(?:\.\d+)*[a-z]?)`;

// The words a model release adds to its family and version (not sizes or versions, which data share).
const VARIANT_WORD = String.raw`(?:[Bb]ase|[Ll]arge|[Ss]mall|[Mm]edium|[Tt]iny|[Ii]nstruct|[Cc]hat|[Mm]ini|[Tt]urbo|[Cc]oder|[Pp]ro|[Pp]review|[Ff]lash)`;

const SPACED_SUFFIX = String.raw`(?:\d+(?:\.\d+)?[BM]|Pro|Flash|Ultra|Sonnet|Opus|Haiku|Turbo|Instruct|Chat|Mini|Max|Plus|Nano|Lite)(?![\w-])`;

/** A matcher for model names of the given families (single-word names and aliases only) and of any sized name. */
export function modelPattern(families: string[]): RegExp {
	const escaped = [...new Set(families)]
		.filter((f) => !/\s/.test(f))
		.sort((a, b) => b.length - a.length || a.localeCompare(b))
		.map(escapeRegExp);
	// "Claude 2", "Gemini 2.5 Pro", "Llama3.1 70B", "Claude-3.5 Sonnet": versions and some suffixes also follow a space.
	// A family may name its backbone, another family: "CLIP-ViT-L/14".
	const anyFamily = `(?:${escaped.join('|')})`;
	const family =
		escaped.length > 0 ? `${anyFamily}(?:-${anyFamily})*(?:[- ]?v?\\d+(?:\\.\\d+)*[a-z]?)?(?:-(?:${MODEL_SUFFIX}|${RELEASE_WORD}))*(?: ${SPACED_SUFFIX})*${SPACED_RELEASE}` : '(?!)';
	const sized = String.raw`[A-Z][A-Za-z0-9]*(?:[.-][A-Za-z0-9]+)*?-\d+(?:\.\d+)?[BM](?:-${MODEL_SUFFIX})*`;
	// Open-weight models are published under repository names in lower case: "gpt-oss-20b", "foo-chat-7b".
	// The count of billions hyphened on, "b" after the digits, is what says a model is meant: no other
	// lower-case word ends so but a category's subdivision ("type-2b", "grade-1b"), left out. Two letters at least open it.
	const lowerSized = String.raw`(?!(?:types?|phases?|class|grade|stage|group|level|subtype|site|step|week|day|dose)-)[a-z]{2,}[a-z0-9]*(?:[.-][a-z0-9]+)*?-\d+(?:\.\d+)?b(?:-(?:instruct|chat|base|it))?`;
	// A coined family no lexicon lists, with a dotted version and a variant word: "LLaDA-2.0-mini",
	// "FooLM-1.5-Instruct". The variant word says it is a released model; a version alone ("CCI3.0") may name data.
	const released = String.raw`(?:[A-Z][a-z]*[A-Z][A-Za-z]*|[A-Z]{2,}[a-z]*)-v?\d+(?:\.\d+)+-${VARIANT_WORD}(?:-${MODEL_SUFFIX})*`;
	// A vendor's tier named without its family, with a dotted version: "Opus 4.5", "Sonnet 3.7", as lists of
	// backbones write them once the family is plain. The dot keeps a work's opus number ("Opus 4") out.
	const tier = String.raw`(?:Opus|Sonnet|Haiku) \d\.\d(?![\w%]|\.\d)`;
	// A coined vendor, a tier word and a dotted version after a space, as product lines are named:
	// "ElevenLabs Flash v2.5", "FooVoice Turbo 3.1". The tier word and the version say a release is meant.
	const vendorTier = String.raw`(?:[A-Z][a-z]+[A-Z][A-Za-z]*|[A-Z]{2,}[a-z]*) (?:Pro|Flash|Ultra|Max|Plus|Nano|Lite|Mini|Turbo) v?\d+\.\d+(?![\w%]|\.\d)`;
	// A coined family with a hyphened version and its size after a space: "LLaVA-1.5 7B", "FooVL-2 13B". Cut at
	// the space, the name would lose its size, and at the version's dot ("LLaVA-1") name no release at all.
	const versionSpaced = String.raw`(?:[A-Z][a-z]*[A-Z][A-Za-z]*|[A-Z]{2,}[a-z]*)-v?\d+(?:\.\d+)* \d+(?:\.\d+)?B(?![\w%])`;
	return new RegExp(String.raw`(?<![A-Za-z0-9-])(?:${family}|${sized}|${lowerSized}|${released}|${versionSpaced}|${tier}|${vendorTier})(?![A-Za-z0-9])`, 'g');
}

/** A capitalised name with a parameter-count suffix, tried where a family's match stops before a hyphen. */
const SIZED_AT = new RegExp(String.raw`[A-Z][A-Za-z0-9]*(?:[.-][A-Za-z0-9]+)*?-\d+(?:\.\d+)?[BM](?:-${MODEL_SUFFIX})*(?![A-Za-z0-9-])`, 'y');

/** The match, or the longer sized name that starts where it does ("GPT-OSS-20B", not "GPT"). */
function longest(abstract: string, m: RegExpExecArray | RegExpMatchArray): string {
	if (abstract.charAt(m.index! + m[0].length) !== '-') return m[0];
	SIZED_AT.lastIndex = m.index!;
	const sized = SIZED_AT.exec(abstract);
	return sized && sized[0].length > m[0].length ? sized[0] : m[0];
}

// The families are the model lexicon's names and aliases: compiled once per Lexicons object.
const patterns = new WeakMap<Lexicons, RegExp>();

/** Model names with versions and sizes that are neither generic nor listed as written. */
export const modelNames: EntityRule = {
	name: 'model names',
	priority: 1,
	find({ abstract, lexicons, isGeneric, isKnown, inUrl }) {
		let pattern = patterns.get(lexicons);
		if (!pattern) patterns.set(lexicons, (pattern = modelPattern(lexicons.model.flatMap((e) => [e.name, ...e.aliases]))));
		return allMatches(abstract, pattern)
			.map((m) => ({ at: m.index, name: longest(abstract, m) }))
			.filter(({ at, name }) => !inUrl(at) && !isGeneric(name) && !isKnown(name))
			.map(({ name }) => ({ type: 'model' as const, name, role: 'used' as const, forms: [] }));
	},
};
