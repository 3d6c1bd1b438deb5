/**
 * A measurement technique named by the physical effect it reads, opening a sentence as the subject
 * of what its measurements show: "Electron spin resonance measurements were performed to …",
 * "Photoconductance decay measurements of passivated samples show …", "Neutron diffraction patterns
 * reveal …". Physics and materials science name such techniques by the effect (a resonance, a
 * decay, a diffraction, a scattering, a luminescence) with the words that say which one, in lower
 * case and with no acronym; the head alone ("decay", "resonance") names a phenomenon, not a
 * technique. What makes the phrase a technique the paper used is the sentence: its measurements,
 * spectra or patterns are the subject, opening the sentence, of what the paper reports. Elsewhere
 * ("evidence from muon spin resonance experiments") the phrase may cite other work, and is left.
 */
import type { EntityRule, FoundName } from './entity-rule.ts';

/** Heads that name a physical effect a technique reads. */
const EFFECT = String.raw`(?:resonance|decay|diffraction|scattering|ellipsometry|[a-z]*luminescence|reflectometry)`;
/** What the technique yields, as the subject of the sentence. */
const YIELD = String.raw`(?:measurements|spectra|patterns|transients|curves|signals)`;
/** One to four words before the head, the first capitalised as a sentence opens; no function word. */
const WORD = String.raw`(?!(?:The|These|Our|This|Such|All|Both|Further|Additional|In|For)\b)[A-Za-z][a-z]+(?:-[a-z]+)*`;
const OPENING = new RegExp(String.raw`^(${WORD}(?:\s+[a-z]+(?:-[a-z]+)*){0,3}\s+${EFFECT})\s+${YIELD}\b`);
/** Words that describe a run, not which technique it is: a phrase of them alone names none. */
/**
 * Any head anywhere: most abstracts hold none, and then no sentence is read. `EFFECT` without the
 * letters it allows before "luminescence": they may be none, so the test answers the same, without
 * trying a run of letters at every letter of the abstract.
 */
const ANY_EFFECT = new RegExp(EFFECT.replace('[a-z]*luminescence', 'luminescence'));
const NOT_TECHNIQUE = /^(?:and|or|of|with|the|new|further|additional|preliminary|initial|our|these|such|time|temperature|angle)$/i;

/** "Electron spin resonance measurements were performed …": a technique named by its effect, opening a sentence, as a method used. */
export const measurementSubjects: EntityRule = {
	name: 'measurement subjects',
	priority: 0,
	find({ abstract, sentences, isGeneric, inUrl, inAcronym }) {
		const found: FoundName[] = [];
		if (!ANY_EFFECT.test(abstract)) return found;
		for (const sentence of sentences) {
			const m = OPENING.exec(abstract.slice(sentence.start, sentence.end));
			if (!m) continue;
			const name = m[1]!;
			if (name.split(/\s+/).slice(0, -1).some((word) => NOT_TECHNIQUE.test(word))) continue;
			if (isGeneric(name) || inUrl(sentence.start) || inAcronym(sentence.start)) continue;
			found.push({ type: 'method', name, role: 'used', forms: [] });
		}
		return found;
	},
};
