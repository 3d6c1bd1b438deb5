/**
 * The paper's own name when only its title gives it: "DeepLocalize: Fault Localization for Deep
 * Neural Networks", whose abstract says "we propose an approach and a tool …" and "our approach"
 * but never "DeepLocalize"; "SUBTLEX-ESP: Spanish word frequencies …", with "we present a
 * subtitle-based word frequency list". The name before the colon must be coined by its shape
 * (`isCoinedName`: CamelCase, capitals, capitals with digits, such parts hyphenated), never an
 * English word or phrase ("Deep learning: a review", "Climate change: …", "Taipan: …") unless
 * the subtitle restates it as a made thing ("Joint Gait Tracker: An Automated Method for …"), and
 * the abstract must state that the authors made something ("we propose …", or "A new framework … is
 * developed" in the impersonal voice), which the name then names, and name
 * nothing of its own otherwise (no earlier rule found a name). Its one mention is in the title
 * (`titleOnly`). It is a dataset when the first thing the authors say they made is one (a list, a
 * corpus, a database …), else a method.
 */
import { titleName } from '../../text/title-name.ts';
import { isCoinedName } from '../coined-name.ts';
import { contributionObjectStarts } from './contribution-statement.ts';
import { OBJECT_END, type NameRule } from './name-rule.ts';

/** Head nouns of a made thing that is data. */
const DATA_HEAD = /^(?:datasets?|corpus|corpora|benchmarks?|databases?|lists?|lexicons?|norms|collections?|catalogu?es?|atlas(?:es)?|archives?|repositor(?:y|ies))$/i;

/**
 * A new thing said to be made in the impersonal voice, with no "we": "A new stochastic framework
 * for decision support is developed", "A novel dataset of bird calls was compiled". Its head noun
 * is the first noun of a made thing within a few words of "new".
 */
const PASSIVE_NEW = /^(?:An?|The)\s+(?:novel|new)\s+(?:[\w-]+\s+){0,4}?(framework|method|approach|tool|toolkit|system|model|algorithm|pipeline|platform|software|package|library|dataset|corpus|database|benchmark)\b[^.;]*?\b(?:is|was|are|were|has\s+been|have\s+been)\s+(?:developed|proposed|presented|introduced|designed|built|created|compiled|constructed)\b/;

/** The title's coined "Name:" prefix when the abstract never writes it and states a contribution. */
export const titleOnlyName: NameRule = {
	name: 'title-only name',
	scope: 'paper',
	find(context, found) {
		// A paper whose abstract names its own work by another name is not named by its title alone.
		if (found.length > 0) return [];
		const name = titleName(context.title);
		if (!name || !(isCoinedName(name) || restatedAsKind(context.title, name)) || context.abstract.toLowerCase().includes(name.toLowerCase())) return [];
		const heads = context.sentences.flatMap((sentence) => contributionObjectStarts(sentence).map((start) => objectHead(context.abstract.slice(start, sentence.end))));
		// "A new stochastic framework for decision support is developed": the impersonal voice states it too.
		for (const sentence of context.sentences) {
			const made = PASSIVE_NEW.exec(sentence.text);
			if (made) heads.push(made[1]!);
		}
		if (heads.length === 0) return [];
		// The first thing the authors say they made is what the title names, not a benchmark built later.
		const type = DATA_HEAD.test(heads[0]!) ? 'dataset' : 'method';
		return [{ name, forms: [name], type, titleOnly: true }];
	},
};

/** A subtitle that says what kind of made thing the name before the colon is: "An Autonomous Method for …". */
const KIND_SUBTITLE = /^(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:method|framework|approach|tool|toolkit|system|pipeline|platform|algorithm|library|package|software)\s+(?:for|to)\b/i;

/**
 * Whether the title's subtitle restates its name of words as a made thing ("Joint Gait Tracker: An
 * Automated Method for …"): a name of plain words ("Taipan", "Deep learning") is a name only so.
 * Each of its words is capitalised, as a name is: "Smart aquaponics: An innovative machine learning
 * framework for …" opens with its topic in sentence case, and names no framework.
 */
function restatedAsKind(title: string, name: string): boolean {
	const subtitle = title.slice(title.indexOf(name) + name.length).replace(/^\s*(?::|[-–—])\s*/, '');
	const words = name.split(/\s+/);
	return words.length >= 2 && words.every((word) => /^[A-Z0-9]/.test(word)) && KIND_SUBTITLE.test(subtitle);
}

/**
 * The last word of the first noun phrase after a contribution verb: "a subtitle-based word
 * frequency list for Spanish" → "list", "an approach and a tool that …" → "tool"; what a clause
 * or a preposition adds is left out.
 */
function objectHead(object: string): string {
	let head = '';
	for (const word of object.split(/\s+/).filter(Boolean)) {
		const bare = word.replace(/[^\w-]+$/, '');
		if (OBJECT_END.has(bare.toLowerCase())) break;
		head = bare;
		if (bare !== word) break; // punctuation ends the phrase
	}
	return head;
}
