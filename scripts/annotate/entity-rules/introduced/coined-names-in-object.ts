/**
 * Coined names at the head of the object of a contribution verb: "we propose CoT-Max, a novel
 * approach", "two algorithms -- EXP3-FLAD and UCB1-FLAD --", "the CoT-Editing Consistency Reward, which …"
 * (title-case words closing the coined word's phrase are part of its name). Only the head and names joined to
 * it by "and", "or" or dashes: prior work named later in the object ("… a benchmark built on
 * RLVR") is not the paper's, nor one after a second verb ("we propose an intermediate language and
 * show how ShEx and SHACL …"). A LaTeX macro left in the text ("We propose \oni") is never a name,
 * nor a coined word made a modifier by its suffix ("a VLM-guided JEPA-style framework": the
 * framework is guided by a VLM and styled on JEPA, and is named neither), nor a lower-case word
 * joined to an acronym before a further noun ("a thermal-RGB fusion … model", "a multi-GPU
 * training scheme"): it says what the head works on or with, as an adjective would. Nor an acronym
 * the abstract defined in an earlier sentence ("Recent Visual Geometry Grounded Transformer (VGGT)
 * shows …", then "we introduce two components: (i) … exploits VGGT attention maps"): it names the
 * work the paper builds on, set out before the contribution. Nor a platform before the apps built on it
 * ("developing SMART-on-FHIR applications").
 */
import { isCoinedName } from '../coined-name.ts';
import { hit, OBJECT_END, type NameHit, type NameRule } from './name-rule.ts';
import { allMatches } from '../../all-matches.ts';

/** Most words of the object looked at. */
const OBJECT_WORDS = 14;
/** "and" and a verb of showing or studying: the object before it has ended. */
const SECOND_VERB = /^and\s+(?:show|shows|demonstrate|demonstrates|evaluate|evaluates|compare|compares|discuss|discusses|prove|proves|study|studies|analy[sz]e|analy[sz]es|investigate|investigates|illustrate|illustrates|explain|explains)\b/;
/** A suffix that makes a word a modifier of the head noun after it: "VLM-guided", "JEPA-style", "LLM-based". */
const MODIFIER_SUFFIX = /-(?:guided|based|driven|aware|style|like|conditioned|centric|free|level|specific|oriented|powered|enabled|assisted|augmented|enhanced)$/;
/**
 * Title-case words after a coined word that end its phrase: punctuation, a closing bracket ("(named
 * XYZ Risk Planner)") or a lower-case word next, not a word that joins more of a long form ("COupled
 * Snowpack and Ice …" spells an acronym out).
 */
const TITLED_REST = /^((?:\s[A-Z][a-z]+){1,3})(?=\s*[,.;:()]|\s(?!(?:and|or|of|for|in|on)\b)[a-z]|$)/;
/**
 * Things built on a platform, after its name: "developing SMART-on-FHIR applications" makes apps on
 * the platform, not the platform, which is others' work the paper uses.
 */
const BUILT_ON = /^\s+(?:applications|apps|plug-?ins|add-ons|extensions)\b/;
/** A lower-case word joined to an acronym, then a lower-case word: a modifier of what follows ("thermal-RGB fusion"). */
const WORD_ACRONYM_MODIFIER = /^[a-z]{3,}-[A-Z]{2,}\s+[a-z]/;
/** What may stand between two names of one coordinated head. */
const COORDINATOR = /^(?:and|or|--|–|—|&)$/;

/** A word without the quotes, brackets, possessive and punctuation around it. */
function cleanToken(raw: string): string {
	return raw.replace(/^["'“‘(`]+/, '').replace(/(?:'s|’s)?["'”’),.:;!?]*$/, '');
}

/** Coined names up to the word that ends the object or the end of its clause. */
export const coinedNamesInObject: NameRule = {
	name: 'coined names in object',
	scope: 'object',
	find({ sentence, start, text }, { acronyms, inAcronym, isGeneric, isKnown }, found) {
		const definedBefore = new Set(acronyms.filter((a) => a.span.end <= sentence.start).map((a) => a.short));
		const hits: NameHit[] = [];
		// Words of a several-word name an earlier rule took from this object ("SimpleQA Verified").
		const taken = new Set(found.filter((h) => h.name.includes(' ') && text.includes(h.name)).flatMap((h) => h.name.split(/\s+/)));
		// Before the head; in it (names joined by "and", "or", dashes); in the rest of its phrase; right after that phrase's comma.
		let state: 'before' | 'head' | 'phrase' | 'apposition' = taken.size > 0 ? 'head' : 'before';
		let count = 0;
		for (const word of allMatches(text, /\S+/g)) {
			if (++count > OBJECT_WORDS) break;
			const token = cleanToken(word[0]);
			if (OBJECT_END.has(token.toLowerCase())) break;
			// "we propose an intermediate language and show how ShEx …": a second verb after an unnamed head starts another clause.
			if (state === 'before' && SECOND_VERB.test(text.slice(word.index))) break;
			// "We propose \oni": a LaTeX macro left in the text is markup the page renders, never a name.
			const latexMacro = /^\\[A-Za-z]+$/.test(token);
			// An acronym defined before names others' work alone, not as the first word of a longer name ("the COTS Reliability Expert System").
			const earlier = definedBefore.has(token) && !(word[0] === token && TITLED_REST.test(text.slice(word.index + token.length)));
			const name = !latexMacro && !earlier && !MODIFIER_SUFFIX.test(token) && !WORD_ACRONYM_MODIFIER.test(text.slice(word.index)) && !BUILT_ON.test(text.slice(word.index + word[0].length)) && isCoinedName(token) && !isGeneric(token) && !isKnown(token) && !inAcronym(start + word.index);
			// "a simple SnapshotRL baseline algorithm, S3RL, which …": the phrase's own name in apposition.
			if (state === 'apposition') {
				if (name) hits.push(hit(token));
				break;
			}
			if (taken.has(token)) state = 'head';
			else if (name && state !== 'phrase') {
				// "we introduce the CoT-Editing Consistency Reward, which …": title-case words right after the
				// coined word, up to the phrase's end, are the rest of its name.
				const rest = word[0] === token ? TITLED_REST.exec(text.slice(word.index + token.length))?.[1] : undefined;
				hits.push(hit(rest ? token + rest : token));
				state = 'head';
			} else if (state !== 'before' && !COORDINATOR.test(token)) state = 'phrase';
			if (/[;.]$/.test(word[0])) break;
			if (state !== 'before' && /[,:]$/.test(word[0])) {
				if (state === 'phrase') state = 'apposition';
				else if (!name) break;
			}
		}
		return hits;
	},
};
