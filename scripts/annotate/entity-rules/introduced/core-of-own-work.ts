/**
 * What the paper puts at the core of its own work: "At the core of our approach is a Sparse Recurrent
 * Memory (SRM) architecture, which …", "At the heart of the proposed framework lies Anchor Replay".
 * The phrase says the named thing is the centre of the paper's own method, made for it; with a
 * defined acronym the short form names it, else the title-case run (two to five words) or a coined
 * name. A kind of work ("a Transformer architecture", "Large Language Models") is left to the
 * lexicons, as it is no name the paper made.
 */
import { isCoinedName } from '../coined-name.ts';
import { isKindWord } from '../name-shapes.ts';
import { hit, type NameHit, type NameRule } from './name-rule.ts';
import { allMatches } from '../../all-matches.ts';

/** "At the core of our approach is (a) …", "At the heart of the proposed framework lies …", the name after it. */
const CORE = /\b[Aa]t the (?:core|heart|centre|center) of (?:our|the proposed) (?:[a-z-]+ ){0,2}?(?:approach|method|framework|system|model|pipeline|design|architecture|solution)\s+(?:is|lies)\s+(?:an?\s+|the\s+)?([A-Z][\w+-]*(?:\s+[A-Z][\w+-]*){0,4})(?:\s+\(([A-Z][\w+-]*)\))?/g;

/** The name at the core of the paper's own work, introduced. */
export const coreOfOwnWork: NameRule = {
	name: 'core of own work',
	scope: 'paper',
	find({ abstract, acronyms, isKnown, isGeneric }) {
		const hits: NameHit[] = [];
		if (!/(?:core|heart|centre|center) of/.test(abstract)) return hits;
		for (const m of allMatches(abstract, CORE)) {
			const [, run, short] = m as unknown as [string, string, string | undefined];
			const defined = short ? acronyms.find((a) => a.short === short) : undefined;
			if (defined && !isGeneric(short!) && !isKnown(short!)) {
				hits.push({ ...hit(short!), forms: [short!, defined.long] });
				continue;
			}
			const words = run.split(/\s+/);
			const named = words.length >= 2 ? !/[^s]s$/.test(words.at(-1)!) && !words.some(isKindWord) : isCoinedName(run);
			if (named && !isKnown(run) && !isGeneric(run)) hits.push(hit(run));
		}
		return hits;
	},
};
