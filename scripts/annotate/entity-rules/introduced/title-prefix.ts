/**
 * The name before the colon of the title, "RAMario: Experimental Approach to …", "Taipan:
 * Efficient and Expressive …", when the abstract uses it as a name: a coined name or several
 * words anywhere, a plain word ("Taipan", "Framer", "Unbounded") written as in the title
 * somewhere other than the start of a sentence, where any word is capitalised. Software is
 * often named in lower case and capitalised only by the title ("Matminer: An open source
 * toolkit …", whose abstract writes "introduces matminer"): the abstract's lower-case form,
 * written twice where no sentence begins, is then the name; so is a coined name the abstract
 * spells in other capitals ("Flash-KMeans: Fast and …", whose abstract writes "we propose
 * flash-kmeans" and "Flash-kmeans introduces"), written once where no sentence begins. A longer
 * name of capitalised words ("Google Earth Engine: Planetary-Scale …") is one when the abstract writes it whole, its later
 * words capitalised as well, as only a proper name is written; a plural or a field's kind
 * ("Vision Language Models: A Survey") names a kind of work, not one. A programme the abstract draws
 * on ("MINDS: …", "three disks from the MINDS program") is the one the paper belongs to, not its own.
 */
import { titleName } from '../../text/title-name.ts';
import { isCoinedName } from '../coined-name.ts';
import { isKindWord } from '../name-shapes.ts';
import { boundedStarts, nameStarts } from '../name-occurrences.ts';
import { hit, type NameContext, type NameHit, type NameRule } from './name-rule.ts';

/**
 * Three or four capitalised words before the title's colon, a small word allowed between two of
 * them as proper names hold one ("Index of Walking Comfort"); a leading "The" is the title's
 * article, not the name's.
 */
const LONG_PREFIX = /^(?:The\s+)?([A-Z][\w-]*(?:\s+(?:(?:of|to|for|and|in|on)\s+)?[A-Z][\w-]*){2,3}):\s/;
/** Uses of a lower-case name where no sentence begins, before the name counts as one. */
const LOWER_USES = 2;

/** The title's "Name:" prefix, if the abstract uses it. */
export const titlePrefix: NameRule = {
	name: 'title prefix',
	scope: 'paper',
	find(context) {
		const versioned = versionedName(context);
		if (versioned) return versioned;
		const name = titleName(context.title);
		// "MINDS: …", whose abstract draws on "the MINDS program": the title names the programme the paper belongs to.
		if (name && programmeOf(name, context.abstract)) return [];
		// The TL;DR reads three or four capitalised words as the title's system too; here such a
		// prefix must also pass the checks that tell a proper name from a kind of work.
		if (!name || name.split(/\s+/).length > 2) return longName(context);
		if (!context.abstract.includes(name)) return recasedName(name, context);
		if (isCoinedName(name) || name.includes(' ') || usedAsName(name, context)) return [hit(name)];
		return lowerCaseName(name, context);
	},
};

/** "the MINDS program", "the COSMOS survey": an observing or survey programme, a collaboration or a mission. */
const PROGRAMME = /^\s+(?:program|programme|survey|collaboration|mission)\b/i;
/** A preposition of provenance before "the": the paper draws on the programme ("from the", "of the"), it does not present it. */
const DRAWN_FROM = /\b(?:from|of|in|within|by)\s+the\s$/i;

/** Whether the abstract draws on `name` as a programme ("three disks from the MINDS program"). */
function programmeOf(name: string, abstract: string): boolean {
	return boundedStarts(name, abstract).some(
		(at) => DRAWN_FROM.test(abstract.slice(Math.max(0, at - 12), at)) && PROGRAMME.test(abstract.slice(at + name.length, at + name.length + 16)),
	);
}

/** A name and a version before the title's colon: "phytools 2.0: an updated …", "Foo v3: …". */
const VERSIONED_PREFIX = /^([A-Za-z][A-Za-z0-9-]*[A-Za-z0-9])\s+(v?\d+(?:\.\d+)+|v\d+):\s/;

/**
 * "phytools 2.0: an updated R ecosystem …", whose abstract writes "phytools" only: a release of
 * a tool is titled by its version, and the abstract names the tool. The bare name counts when
 * the abstract writes it where no sentence begins, twice for a plain lower-case word.
 */
function versionedName(context: NameContext): NameHit[] | null {
	const m = VERSIONED_PREFIX.exec(context.title);
	if (!m) return null;
	const [, name, version] = m as unknown as [string, string, string];
	const whole = `${name} ${version}`;
	if (context.abstract.includes(whole) || context.isKnown(name) || context.isGeneric(name)) return null;
	const uses = usesAsName(name, context);
	if (uses >= (isCoinedName(name) || /^[A-Z]/.test(name) ? 1 : LOWER_USES)) return [{ name, forms: [name, whole], type: 'method' }];
	return null;
}

/** Where `abstract` writes `name`, word-bounded, at no sentence start. */
function usesAsName(name: string, { abstract, sentences }: NameContext): number {
	const starts = new Set(sentences.map((s) => s.start));
	return boundedStarts(name, abstract).filter((at) => !starts.has(at)).length;
}

/** Whether the abstract writes `name` as in the title, word-bounded, somewhere a sentence does not begin. */
function usedAsName(name: string, context: NameContext): boolean {
	return usesAsName(name, context) > 0;
}

/** "Matminer" of the title as the abstract's "matminer": a capitalised plain word the abstract writes in lower case. */
function lowerCaseName(name: string, context: NameContext): NameHit[] {
	if (!/^[A-Z][a-z]+$/.test(name)) return [];
	const lower = name.toLowerCase();
	if (context.isGeneric(lower) || usesAsName(lower, context) < LOWER_USES) return [];
	return [{ name: lower, forms: [lower, name], type: 'method' }];
}

/**
 * "Flash-KMeans" of the title as the abstract's "flash-kmeans": a coined name (a hyphen or a digit
 * in it, so no plain word) that the abstract writes only in other capitals, once at least where no
 * sentence begins. The name is that spelling; every spelling is a form.
 */
function recasedName(name: string, context: NameContext): NameHit[] {
	if (!isCoinedName(name) || !/[-\d]/.test(name)) return [];
	const starts = new Set(context.sentences.map((s) => s.start));
	const spellings = (nameStarts(name, context.abstract) ?? [])
		.filter((at) => boundedStarts(context.abstract.slice(at, at + name.length), context.abstract).includes(at))
		.map((at) => ({ at, text: context.abstract.slice(at, at + name.length) }));
	const inside = spellings.find(({ at }) => !starts.has(at));
	if (!inside || context.isGeneric(inside.text) || context.isKnown(inside.text)) return [];
	return [{ name: inside.text, forms: [...new Set([inside.text, ...spellings.map((s) => s.text), name])], type: 'method' }];
}

/** "Google Earth Engine" of the title, written whole in the abstract with a capital no sentence start explains. */
function longName(context: NameContext): NameHit[] {
	const name = LONG_PREFIX.exec(context.title)?.[1];
	if (!name || !context.abstract.includes(name)) return [];
	const words = name.split(/\s+/);
	if (/s$/.test(words.at(-1)!) || words.some(isKindWord)) return [];
	return [hit(name)];
}
