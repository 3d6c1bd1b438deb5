/**
 * A person is not an entity: "Einstein wrote to Sommerfeld …", "Later writers criticized Einstein's
 * clock paradox. Einstein quickly replied …", "the crucial difference between Einstein and
 * Langevin". History of science, biography and the humanities write about people the way other
 * fields write about their methods — a capitalised word, used again and again as a noun of its
 * own — so the title-word and pattern rules take a surname for a name of work.
 *
 * What gives a person away is what the text says the name does or has: a verb of speech or belief
 * only people are subject of ("wrote", "argued", "believed", "replied", "insisted"), "his" or "her"
 * in the clause it opens ("Einstein characterized his work"), a possessive of a life ("Einstein's
 * friend", "Darwin's letters") or of a view held ("Hempel's notion of confirmation"), the work of an author ("through the work of Richard Sennett"). A surname joined by "and" to such a person is a person too
 * ("between Einstein and Langevin"). A method or a model is never written so; verbs a model is
 * said to do ("thinks", "reasons", "considers", "says") are left out. A work named after a person
 * ("the Einstein-Grossmann theory", "Dykstra's algorithm") has more words than the surname and stays.
 */
import { escapeRegExp } from '../../../src/shared/regexp.ts';
import type { NameFilter } from './entity-rule.ts';
import { boundedStarts } from './name-occurrences.ts';
import { forLastText, titledText } from '../last-text.ts';
import { allMatches } from '../all-matches.ts';

/** A surname: one capitalised word, hyphenated or not ("Einstein", "Levi-Civita", "Poincaré"). */
const SURNAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
/** Verbs of speech, writing and belief, past or present, after the name and an optional adverb ("quickly replied"). */
const SPEECH_VERBS = 'wrote|writes|argued|argues|believed|believes|claimed|replied|replies|doubted|doubts|insisted|insists|remarked|admitted|admits|realized|realised|speculated|objected|conceded|wondered|told|asked|states|stated|distinguishes|distinguished|contends|contended|suggests|reinterprets|describes';
const PERSON_VERB = String.raw`(?:${SPEECH_VERBS}|refers(?!\s+to\b))`;
/** "Einstein quickly replied", "Einstein wrote to …": the verb right after the name, one adverb allowed. */
const VERB_AFTER = new RegExp(String.raw`^\s+(?:[a-z]+ly\s+)?${PERSON_VERB}\b`);
/** "Einstein characterized his work": "his" or "her" within the clause the name opens. */
const PRONOUN_AFTER = /^\s+(?:[a-z]+\s+){1,3}(?:his|her|himself|herself)\b/;
/** "Einstein's friend", "Darwin's letters": the possessive of a life. */
const LIFE_AFTER = /^['’]s\s+(?:own\s+)?(?:life|career|friends?|colleagues?|students?|teachers?|letters|biography|death|birth|childhood|wife|husband|son|daughter|creativity|thinking)\b/;
/**
 * "Hempel's notion of confirmation", "Kuhn's reasons for …", "Joyce's theory, …", "the Achuar's
 * understandings of …": the possessive of an argument or a view a philosopher (or a people) holds, the noun ending its phrase (not "Jev's argument parser").
 */
const VIEW_AFTER = /^['’]s\s+(?:own\s+)?(?:notions?|arguments?|views?|reasons|theory|thesis|philosophy|objections?|criticisms?|replies|reply|account|position|understandings|beliefs)(?=\s+(?:of|for|that|to|on|about|against|in|is|are|was|were)\b|\s*[,.;:)])/;

/**
 * "Descola's earliest works", "Descola's work on ontologies", "Weber's focus on": the possessive of
 * an author's writings or attention; "Descola's (2013) proposal": an author cited with a year.
 */
const WORKS_AFTER = /^['’]s\s+(?:(?:own|earliest|earlier|early|later|late|last|first|major)\s+)?(?:work|works|writings|books?|essays|oeuvre|focus)\b|^['’]s\s+\((?:1[5-9]|20)\d\d\)/;
/**
 * "anthropologist Philippe Descola", "Descola is a self-confessed naturalist": a person named by a
 * profession of scholarship or letters, before the name or said of it.
 */
const PROFESSION = String.raw`(?:anthropologists?|ethnographers?|sociologists?|philosophers?|historians?|economists?|naturalists?|physicists?|mathematicians?|linguists?|psychologists?|theorists?|poets?|novelists?|playwrights?|scholars?)`;
const PROFESSION_BEFORE = new RegExp(String.raw`\b${PROFESSION}\s+(?:\p{Lu}\p{Ll}+\s+){0,2}$`, 'u');
const PROFESSION_AFTER = new RegExp(String.raw`^\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+)?${PROFESSION}\b`, 'u');

/** A particle inside a person's name ("Eduardo Viveiros de Castro", "Anna Maria van Dijk"). */
export const NAME_PARTICLE = String.raw`(?:de|da|del|della|di|du|dos|das|van|von|der|den|le|la)`;

/**
 * "through the work of Richard Sennett", "the writings of Weber", "letters by Anna Maria van Dijk": an
 * author's work, the name after it (given names and a particle of a surname allowed).
 */
const WORK_NOUNS = '(?:work|works|writings?|thought|ideas|oeuvre|life|biography|letters|correspondence)';
const WORK_BEFORE = new RegExp(String.raw`\b${WORK_NOUNS}\s+(?:of|by)\s+(?:\p{Lu}\p{Ll}+\s+){0,3}(?:${NAME_PARTICLE}\s+)?$`, 'u');

/**
 * What a text holds wherever `writtenAsPerson` finds a person, whichever the name: a verb of speech
 * after white space, "his", "her" or "him…" after white space, a possessive before white space
 * ("'s " or a name's "s' "), a profession, or a work "of" or "by". Words are read as prefixes, with
 * no word boundary after them, since the patterns read a window of 40 or 60 characters that can end
 * inside a word ("refers" cut from "refers to"), and the work nouns with none before them either (the
 * window can begin inside "framework"). So a text it does not match writes no name as a person.
 */
const PERSON_CUES = new RegExp(String.raw`\s(?:${SPEECH_VERBS}|refers)|\s(?:his|her|him)|['’]s\s|s['’]\s|${PROFESSION}|${WORK_NOUNS}\s+(?:of|by)\s`);

/** Whether `text` holds any of `PERSON_CUES`: false for four abstracts in ten, whose names need no pattern read at each place. */
export const mayWriteAPerson = forLastText((text: string) => PERSON_CUES.test(text));

/** Whether `text` writes `name` as a person: the subject of a verb of speech or belief, with "his", "her" or a life, or as an author of work. */
export function writtenAsPerson(name: string, text: string): boolean {
	if (!mayWriteAPerson(text)) return false;
	return boundedStarts(name, text).some((at) => {
		let after = text.slice(at + name.length, at + name.length + 60);
		// "Levi-Strauss' diagnosis": a name ending in "s" takes a bare apostrophe for its possessive.
		if (name.endsWith('s') && /^['’](?!s)/.test(after)) after = `'s${after.slice(1)}`;
		const before = text.slice(Math.max(0, at - 40), at);
		return (
			VERB_AFTER.test(after) ||
			PRONOUN_AFTER.test(after) ||
			LIFE_AFTER.test(after) ||
			VIEW_AFTER.test(after) ||
			WORKS_AFTER.test(after) ||
			PROFESSION_AFTER.test(after) ||
			WORK_BEFORE.test(before) ||
			PROFESSION_BEFORE.test(before)
		);
	});
}

/** The text with every run of white space one space, as the patterns' `\s+` read it. */
export const spacedText = forLastText((text: string) => text.replace(/\s+/g, ' '));

/** Whether `name` is a person, or is joined by "and" to one ("between Einstein and Langevin"). */
export function namesPerson(name: string, text: string): boolean {
	if (!SURNAME.test(name)) return false;
	if (writtenAsPerson(name, text)) return true;
	// Only a name written beside "and" can be joined to a person: most are not, and need no pattern of their own.
	const flat = spacedText(text);
	if (!flat.includes(` and ${name}`) && !flat.includes(`${name} and `)) return false;
	const escaped = escapeRegExp(name);
	const mates = new RegExp(String.raw`(?<![\p{L}-])(?:(\p{Lu}\p{Ll}+)\s+and\s+${escaped}|${escaped}\s+and\s+(\p{Lu}\p{Ll}+))(?![\p{L}-])`, 'gu');
	return allMatches(text, mates).some((m) => writtenAsPerson((m[1] ?? m[2])!, text));
}

/** Drops people, named by their surname. */
export const personNames: NameFilter = {
	name: 'person names',
	rejects({ name }, { title, abstract }) {
		return namesPerson(name, titledText(title, abstract));
	},
};
