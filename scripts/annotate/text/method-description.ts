/**
 * Sentences that describe the paper's own method by its parts, after the paper has named it: "We
 * propose ZoomNet, a … framework. A confidence-aware gate fuses …. When triggered, a crop module
 * decomposes …", "The DGE formalizes …", "Our multi-agent synthesis pipeline produces …". Machine-learning
 * and engineering abstracts describe a method's components in the present tense without "we", the
 * component or the method's name as the subject; with no first person and no result word such a
 * sentence carries little evidence, and its place after the contribution leans it to the results. Its
 * subject is the evidence: a name the paper introduced ("we introduce X", "X is a new …", "(ACR)" in that
 * sentence) or a component noun (gate, module, scheduler, policy, …), then a verb in the present that
 * tells what it does, none of those that report how well it does (achieves, outperforms, improves).
 * Before the paper names its own work, a component told so is another's, the background.
 */
import { WE } from './first-person.ts';
import { allMatches } from '../all-matches.ts';

// The sentence that names the paper's own method: "we propose|introduce|present X", "X is a new …".
const NAMES_OWN = new RegExp(
	String.raw`\b(?:${WE}|this (?:paper|work))\s+(?:\w+\s+)?(?:propos|introduc|present|develop|design|build|construct)(?:e|es|ed|ing|s)?\b|^[A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*){0,3}\s+is\s+(?:a|an)\s+(?:new|novel)\b`,
	'i',
);
// The names it gives: the capitalised words right after the verb or opening the sentence, and acronyms in brackets.
const NAME_AFTER_VERB = /\b(?:propose|proposes|introduce|introduces|present|presents|develop|develops|design|designs|build|builds|construct|constructs)\s+([A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*){0,3})/;
const NAME_OPENING = /^([A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*){0,3})\s+is\s+(?:a|an)\s+(?:new|novel)\b/;
const BRACKETED_ACRONYM = /\(([A-Z][A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*)\)/g;

// What may open the sentence before its subject: a connector, a short clause of when ("When triggered,"), or a participle
// phrase of what the method starts from or runs on ("Initialized from the same base LLM,", "Operating on a shared backbone,").
const OPENING = String.raw`(?:then|next|finally|specifically|moreover|furthermore|additionally|in addition|concretely|(?:when|once|if|after|during)\s[^,;]{1,40}|[a-z]+(?:ed|ing)\s(?:from|on|with|by|in|upon|over|at)\s[^,;]{1,60}),\s+`;
const OPENER = String.raw`(?:${OPENING})?`;
// The parts a method is built of, as the subject: "A confidence-aware gate", "an uncertainty-driven crop sizing module".
const COMPONENT = String.raw`(?:a|an|the|each|our|its|this)\s+(?:[\w-]+\s+){0,4}?(?:gate|module|scheduler|policy|encoder|decoder|component|stage|mechanism|network|head|layer|block|agent|controller|planner|router|retriever|generator|critic|verifier|selector|pipeline|loop|branch|memory|sampler|tokenizer|adapter|predictor|estimator|regularizer|objective|loss|reward)s?`;
// A verb in the present that tells what the subject does; the verbs that report how well, and auxiliaries, are left out.
const DOES = String.raw`(?:\w+ly\s+)?(?!(?:is|has|does|was|shows|demonstrates|achieves|outperforms|surpasses|exceeds|improves|yields|reaches|attains|obtains|performs|remains|matches|beats|delivers|boosts|gains|scores|sets|establishes|generalizes|generalises|scales|needs|requires|suffers|struggles|fails|lacks)\b)[a-z][a-z-]*[a-z](?:es|s)\b`;

/**
 * Whether the sentence opens by defining a name as new: "FastTag is a new tagger for …", as a system's report opens.
 *
 * @example definesNewName('FastTag is a new multilingual tagger.') // true
 * @example definesNewName('Tagging is a hard problem.') // false
 */
export function definesNewName(sentence: string): boolean {
	return NAME_OPENING.test(sentence);
}

const escape = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * For each sentence, in order, whether it describes the paper's own method by its parts or its name,
 * after the sentence that first names it.
 *
 * @example describesOwnMethod(['Tagging is slow.', 'We propose FastTag, a tagger.', 'A lexicon gate filters rare tags.'])
 * // → [false, false, true]
 */
export function describesOwnMethod(sentences: readonly string[]): boolean[] {
	const first = sentences.findIndex((s) => NAMES_OWN.test(s));
	if (first === -1) return sentences.map(() => false);
	const names = new Set<string>();
	for (const s of sentences.slice(0, first + 1)) {
		if (!NAMES_OWN.test(s)) continue;
		const named = NAME_AFTER_VERB.exec(s)?.[1] ?? NAME_OPENING.exec(s)?.[1];
		if (named) names.add(named.replace(/[,.;:]+$/, ''));
		for (const m of allMatches(s, BRACKETED_ACRONYM)) names.add(m[1]!);
	}
	// A sentence opens with a component or with one of the names: the components' pattern is made
	// once, the names' only for a paper with a later sentence that may hold one of them.
	let byName: RegExp | undefined;
	const ascii = [...names].every((name) => !NOT_ASCII.test(name));
	const describesByName = (s: string) => {
		if (names.size === 0 || !mayHoldName(s, names)) return false;
		if (ascii) return opensWithName(s, names);
		byName ??= new RegExp(String.raw`^${OPENER}(?:${[...names].map((n) => String.raw`(?:the\s+)?(?:${VARIANT})?${escape(n)}`).join('|')})\s+${DOES}`, 'i');
		return byName.test(s);
	};
	return sentences.map((s, i) => i > first && (DESCRIBES_BY_COMPONENT.test(s) || describesByName(s)));
}

const NOT_ASCII = /[^\x00-\x7f]/;
const OPENS = new RegExp(String.raw`^${OPENING}`, 'i');
const THE = /the\s+/iy;
// "Training-free IndexCache applies …", "Training-aware IndexCache introduces …": a variant of the named method, told by a
// hyphenated qualifier before its name, is the method described all the same.
const VARIANT = String.raw`[A-Za-z]+-(?:free|aware|based|only|guided|agnostic|specific|level)\s+`;
const VARIANT_AT = new RegExp(VARIANT, 'iy');
const THEN_DOES = new RegExp(String.raw`\s+${DOES}`, 'iy');

/**
 * Whether `sentence` opens, after an `OPENER`, a "the" or neither and a variant's qualifier or none, with one of `names` (all in
 * ASCII), then a verb that `DOES` reads: what the pattern `^${OPENER}(?:(?:the\s+)?NAME|…)\s+${DOES}`
 * made of the names answers, with no pattern made and compiled for each paper. A name starts with
 * a letter and no space, so a run of spaces before it is read whole; the opener's alternatives
 * start with different words and end at a comma, so at most one matches, at one length. An ASCII
 * letter of a name matches only its own two cases, as the case-insensitive pattern reads it.
 */
function opensWithName(sentence: string, names: ReadonlySet<string>): boolean {
	const opener = OPENS.exec(sentence)?.[0].length;
	for (const start of opener === undefined ? [0] : [0, opener]) {
		THE.lastIndex = start;
		const starts = THE.test(sentence) ? [start, THE.lastIndex] : [start];
		for (const from of [...starts]) {
			VARIANT_AT.lastIndex = from;
			if (VARIANT_AT.test(sentence)) starts.push(VARIANT_AT.lastIndex);
		}
		for (const at of starts) {
			for (const name of names) {
				if (!writtenAt(sentence, name, at)) continue;
				THEN_DOES.lastIndex = at + name.length;
				if (THEN_DOES.test(sentence)) return true;
			}
		}
	}
	return false;
}

/** Whether `text` holds `word` (ASCII) at `at`, its letters in either case. */
function writtenAt(text: string, word: string, at: number): boolean {
	if (at + word.length > text.length) return false;
	for (let i = 0; i < word.length; i++) {
		const a = text.charCodeAt(at + i);
		const b = word.charCodeAt(i);
		if (a !== b && !(((a | 32) === (b | 32)) && (a | 32) >= 97 && (a | 32) <= 122)) return false;
	}
	return true;
}

// A sentence whose subject is one of the method's parts.
const DESCRIBES_BY_COMPONENT = new RegExp(String.raw`^${OPENER}(?:${COMPONENT})\s+${DOES}`, 'i');

/**
 * Whether `sentence` may hold one of `names` as a case-insensitive pattern reads it. An ASCII
 * character matches only its own ASCII cases there, so a name in ASCII must be in the lower-cased
 * sentence; any other name may be there.
 */
function mayHoldName(sentence: string, names: ReadonlySet<string>): boolean {
	const lower = sentence.toLowerCase();
	for (const name of names) if (/[^\x00-\x7f]/.test(name) || lower.includes(name.toLowerCase())) return true;
	return false;
}
