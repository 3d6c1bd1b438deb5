/**
 * A name written beside the noun that says what kind of thing it is: "the Privacy Rights
 * Clearinghouse database", "the state-of-the-practice Keras library", "the Canadian Forest Fire
 * Weather Index", "the Media Richness Theory", "the National Network of Tissue Banking database". Each field has its own names and shapes, but it
 * writes them before such a noun, so this reads the noun, not the name: capitalised words right
 * before a lower-case cue noun, or right after a singular one ("the database GenBank"), name a
 * thing of the cue's kind (the noun left out), and a run of capitalised words ending in a
 * capitalised cue noun is a name whole. Types come from the cue table (`cue-nouns.ts`).
 *
 * What is capitalised is not always a name, so the run must look like one: two words or more, or
 * one word of a coined shape ("CanRCM4", "ImageNet"), or one plain word before a noun for
 * software ("Keras library", the way software is named). A bare acronym before a noun ("MRI
 * data", "CNN model") is left to the acronym rules, which read its definition; an adjective of
 * a people or a school ("Bayesian model", "English corpus"), a programming language ("Python
 * package") and a kind of network written in capitals ("Large Language Models", "Artificial
 * Neural Network") are no names. Organisations and places are the name filters' to drop.
 *
 * Capitalised words joined by "of" before a singular noun of a collection of records ("the National Network
 * of Tissue Banking database", "the Bureau of Labor Statistics registry") name the body that keeps the
 * records: the collection is named with its noun, the body's name alone being an organisation's, and no
 * word of the body's name after "of" is a name of its own. A collection the lexicons know by those
 * words ("the Web of Science database") is theirs to name.
 */
import { isCoinedName } from './coined-name.ts';
import { CUE_WORDS, isPluralCue, isSoftwareCue, kindOfCue } from './cue-nouns.ts';
import type { EntityRule, FoundName } from './entity-rule.ts';
import { fieldTermAcronyms } from './field-term-acronyms.ts';
import { isNameShaped, isProgrammingLanguage, stripSentenceOpener } from './name-shapes.ts';
import { isStatisticalAnalysis } from './statistical-analyses.ts';
import { isElevationModel } from './type-evidence.ts';
import { allMatches } from '../all-matches.ts';

/**
 * A run of capitalised words, one space apart. After an abbreviation ("U.S. National …") or inside
 * a longer run it is part of a longer name, an organisation's or a place's.
 */
const RUN = /(?<![\w'+/-]|[A-Z]\.\s|[A-Z][\w'+/-]*\s)[A-Z][\w'+/-]*(?: [A-Z][\w'+/-]*)*/g;
/**
 * A lower-case cue noun right after a run. A compound of the noun is no cue ("Keras library-like"), but
 * for "-based", which keeps the noun's kind: "Transport Layer Socket protocol-based security" is
 * security built on that protocol.
 */
const LOWER_CUE = new RegExp(String.raw`^\s+(${CUE_WORDS.join('|')})\b(?!'|-(?!based\b))`);

/** A lower-case cue noun right before a run, or a software or computer program ("the software program Geomagic"), which is software. */
const CUE_BEFORE = new RegExp(String.raw`(?<![\w-])(?:(${CUE_WORDS.join('|')})|(?:software|computer)\s+program)\s$`);

/** What stands before a run that opens its sentence. */
const SENTENCE_START = /(?:^|[.!?]\s+)$/;
/** Singular nouns of a procedure, which a name of plain words keeps ("the Box Counting method"). */
const PROCEDURE = /^(?:method|technique|algorithm|solver)$/;
/** A plain capitalised word, or two joined by a hyphen ("Finite-Element"): no acronym, digit or inner capital. */
const PLAIN_WORD = /^[A-Z][a-z]+(?:-[A-Z][a-z]+)*$/;
/** An indefinite article opening the noun phrase, lower-case modifiers between ("an existing ", "an edge-based "). */
const INDEFINITE_BEFORE = /(?<![\w-])(?:a|an)\s+(?:[a-z][\w-]*\s+){0,2}$/;

/** A singular noun of a collection of records, which a body's name before it keeps. */
const RECORDS = String.raw`(?:database|registry|archive|catalogue|catalog|atlas)`;
/** Capitalised words joined by "of" ("the" allowed after it) right before such a noun. */
const BODY_RECORDS = new RegExp(String.raw`(?<![\w'-])(?:[A-Z][\w'-]*\s+)+of\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+)*[A-Z][\w'-]*\s+${RECORDS}(?![\w-])`, 'g');

/** Nouns of the instruments a study scores its participants with. */
const INSTRUMENT = /^(?:Scales?|Questionnaires?|Inventory|Inventories|Checklists?)$/;

/** Names beside a cue noun of their kind. */
export const cueNounNames: EntityRule = {
	name: 'cue-noun names',
	priority: 1,
	find(context) {
		const { abstract, inUrl } = context;
		const found: FoundName[] = [];
		// Acronyms of common terms: a long form in lower case but for a sentence's first capital, or a
		// practice, problem or product the field abbreviates ("HAZOP tools", `field-term-acronyms.ts`).
		const terms = new Set([...context.acronyms.filter((a) => !/[A-Z]/.test(a.long.slice(1))).map((a) => a.short), ...fieldTermAcronyms(abstract, context.acronyms)]);
		const bodies: [number, number][] = [];
		for (const m of allMatches(abstract, BODY_RECORDS)) {
			if (inUrl(m.index)) continue;
			const opened = stripSentenceOpener(abstract, m.index, m[0]);
			if (!opened || /^of\s/.test(opened)) continue;
			bodies.push([m.index, m.index + m[0].length]);
			// A known collection before its noun ("the Web of Science database") is the lexicon's name,
			// written with its kind: a second name for it would split one entity in two.
			if (context.isKnown(opened.replace(new RegExp(String.raw`\s+${RECORDS}$`), ''))) continue;
			found.push(named(opened, 'dataset'));
		}
		for (const m of allMatches(abstract, RUN)) {
			if (inUrl(m.index) || bodies.some(([s, e]) => m.index >= s && m.index < e)) continue;
			const opened = stripSentenceOpener(abstract, m.index, m[0]);
			if (!opened) continue;
			// A possessive names whose the thing is ("Gottesman's CHP simulator"): the name, if any, follows it.
			const words = opened.split(' ');
			const owned = words.splice(0, words.findLastIndex((w) => /['’]s$/.test(w)) + 1).length > 0;
			if (words.length === 0) continue;
			const run = words.join(' ');
			const last = words.at(-1)!;
			const titleCue = words.length >= 2 && /^[A-Z][a-z]+$/.test(last) ? kindOfCue(last) : undefined;
			if (titleCue) {
				// A plural model head names a kind ("State Space Models"); a plural survey or inventory is one battery.
				if (titleCue === 'model' && /s$/.test(last)) continue;
				// A statistical family in capitals ("Generalised Linear Model was used to …") is an analysis,
				// `statistical-analyses.ts`'s method, not a trained model.
				if (titleCue === 'model' && isStatisticalAnalysis(run)) continue;
				// An acronym before a capitalised instrument noun is the instrument's name ("the STR Scale",
				// "the CES-D Scale"), as psychology and education name the measures they score.
				const instrument = words.length === 2 && INSTRUMENT.test(last) && /^[A-Z][A-Z\d]*(?:-[A-Z\d]+)*$/.test(words[0]!);
				if (instrument || isNameShaped(words.slice(0, -1), { software: false, kind: titleCue })) found.push(named(run, titleCue));
				continue;
			}
			// Named right after a singular kind ("the database GenBank", "the package Seurat", "the model
			// ARPEGE/Climate", a configuration's parts joined by a slash): apposition is how English names
			// an instance of a kind; a plural kind before names is a list's.
			const after = LOWER_CUE.exec(abstract.slice(m.index + m[0].length));
			// A cue before a run that another cue follows is a modifier, not a kind in apposition ("five
			// benchmark EEG databases"): the run is read against the cue after it.
			const before = !owned && !after && CUE_BEFORE.exec(abstract.slice(Math.max(0, m.index - 24), m.index));
			const cueBefore = before ? (before[1] ?? 'software') : undefined;
			// In apposition to a kind of software a plain word is a name, whatever its ending: no adjective
			// stands there alone ("the software program Geomagic", as "the package Seurat").
			const plainSoftware = cueBefore !== undefined && isSoftwareCue(cueBefore) && words.length === 1 && /^[A-Z][a-z]+$/.test(run) && !isProgrammingLanguage(run);
			// A label of two characters ("model M1", "the metric F1") marks a variant in a study, not a work.
			if (cueBefore && !isPluralCue(cueBefore) && run.length > 2 && (plainSoftware || isCoinedName(run.split('/')[0]!) || isNameShaped(words, { software: isSoftwareCue(cueBefore), kind: kindOfCue(cueBefore)! }))) {
				found.push(named(run, kindOfCue(cueBefore)!));
				continue;
			}
			if (!after) continue;
			const cue = after[1]!;
			const kind = kindOfCue(cue)!;
			// A sentence's first word, capitalised by its place, before an acronym ("Conventional HAZOP tools
			// …") leaves a bare acronym before the cue, which is the acronym rules' to read.
			if (words.length === 2 && opened === m[0] && SENTENCE_START.test(abstract.slice(Math.max(0, m.index - 3), m.index)) && /^[A-Z][a-z]+(?:-[a-z]+)*$/.test(words[0]!) && /^[A-Z][A-Z\d]+$/.test(words[1]!)) continue;
			// Plain capitalised words before a singular noun of procedure: after "a" or "an" they write one of
			// a kind ("an implicit Nested Grid solver", "a Godunov solver"), which names no work; two or more
			// describe the procedure in capitals ("the Box Counting method"), the noun part of the name as in
			// "Newton's method", while one word is the name of a program ("the Athena solver").
			if (PROCEDURE.test(cue) && words.every((w) => PLAIN_WORD.test(w)) && isNameShaped(words, { software: isSoftwareCue(cue), kind })) {
				if (/^An?\s/.test(m[0]) || INDEFINITE_BEFORE.test(abstract.slice(Math.max(0, m.index - 40), m.index))) continue;
				if (words.length >= 2) {
					found.push(named(`${run} ${cue}`, kind));
					continue;
				}
			}
			// A term the abstract abbreviates in lower case, last before the cue, is what the work is for, not
			// part of its name ("the SleepWise OSA algorithm" after "obstructive sleep apnoea (OSA)").
			const nameWords = words.length >= 2 && terms.has(last) ? words.slice(0, -1) : words;
			// "the Biotyper database": a database is named as software is, by one plain word after "the".
			const product = isSoftwareCue(cue) || (cue === 'database' && /\bthe\s$/.test(abstract.slice(Math.max(0, m.index - 4), m.index)));
			if (isNameShaped(nameWords, { software: product, kind })) found.push(named(nameWords.join(' '), kind));
		}
		return found.filter((f) => !context.isGeneric(f.name) && !context.isKnown(f.name));
	},
};

function named(name: string, type: FoundName['type']): FoundName {
	// "… Digital Elevation Model": a raster of heights the field calls a model, data a study reads.
	if (type === 'model' && isElevationModel(name)) return { type: 'dataset', name, role: 'used', forms: [], statedType: true };
	return { type, name, role: 'used', forms: [], statedType: true };
}
