/**
 * What a study's accuracy figures are of when it introduces nothing and evaluates nothing by name: the one system it
 * applied. Remote sensing, ecology and medicine apply a known classifier or model to their own data ("we … applied a
 * machine learning method (Random Forest) to map land cover", "We used the cascade mask R-CNN (CMask R-CNN) as the
 * backbone") and report how well it did in a later sentence that names nothing ("An accuracy assessment revealed that the
 * overall accuracy of land cover maps was 86.8%", "the accuracy was 88.32% in terms of the R2 value"). Such a figure is the
 * applied system's, but only when it is safe to say so: the sentence speaks of a measure of how well a system does, the
 * abstract named one system (model, algorithm or method) before it and no other, that one was applied by the study (not a
 * part of what it applied, nor a second instrument beside its own), it is nowhere the standard of a comparison, and the
 * abstract speaks of no system of its own ("the proposed algorithm"). Otherwise the figure stays with no subject.
 */
import { abstractSpans, type Entity, type Span } from '../../../src/shared/paper-schema.ts';
import { entityKey } from '../../../src/shared/urls.ts';

// A measure of how well a system predicts, classifies or fits.
const SKILL = /\b(?:accurac(?:y|ies)|F1|F-?scores?|F-?measures?|kappa|R2|R²|AUC|area under (?:the )?(?:ROC )?curve|precision|recall|RMSE|MAE|root[- ]mean[- ]squared?[- ]error|mean absolute error)\b/i;
// A verb of applying right before the name ("applied a machine learning method (Random Forest)", "trained a random
// forest model", "We used the cascade mask …", "using X"), with at most a few words of its description between.
const APPLIED_BEFORE = /\b(?:used?|using|appl(?:y|ied|ying)|train(?:s|ed|ing)?|employ(?:s|ed|ing)?|adopt(?:s|ed|ing)?|fit(?:s|ted|ting)?|implement(?:s|ed|ing)?)\s+(?:[^\s.;,]+\s+){0,10}?(?:\(\s*)?$/i;
// Between the verb and the name: the name is a part of what was applied ("using a hybrid algorithm based on logistic
// regression"), or a second thing ("using the new system and with a validated RSA technique").
const PART_OR_SECOND = /\b(?:based|built|such as|like|including|part|component|module|and)\b/i;
// A comparison right before a mention anywhere in the abstract ("comparing the tracking results to the dynamic RSA results",
// "in excellent agreement with the RSA technique"): the name is the standard the study measured against.
const STANDARD_BEFORE = /\b(?:compar\w*|agreement|agree\w*|than|versus|vs\.?|against|relative to|benchmark\w*|baselines?)\b[^.;]{0,60}$/i;
// "The proposed algorithm …", "our method …": the study has a system of its own, and its figures are that one's.
const OWN_SYSTEM = /\b(?:the proposed|our|the new|this new|the developed|the presented)\s+(?:[\w-]+\s+)?(?:method|algorithm|model|approach|framework|system|technique|classifier|network|pipeline)\b/i;
// The name then a passive verb of applying: "Random Forest was used to map …".
const APPLIED_AFTER = /^\s*\)?\s*(?:(?:model|method|algorithm|classifier|approach)s?\s+)?(?:was|were|is|are)\s+(?:\w+ly\s+|then\s+|also\s+)?(?:used|applied|trained|employed|adopted|fitted|implemented)\b/i;
// A comparison between the verb and the name: the name is the standard, not the system applied.
const COMPARED = /\b(?:than|compared|versus|vs\.?|against|baselines?|outperform\w*)\b/i;

/**
 * The ref (`type/id`) of the one system the abstract applied before `sentence`, when `sentence` speaks of a measure of
 * skill and the abstract named no other system before it; none otherwise.
 *
 * @example appliedSystem(sentences, entities, sentences[2]) // "We applied Random Forest. … The accuracy was 86.8%." → ['algorithm/random-forest']
 */
export function appliedSystem(sentences: readonly Span[], entities: readonly Entity[], sentence: Span): string[] {
	if (!SKILL.test(sentence.text)) return [];
	const before = entities.filter((e) => e.type !== 'dataset' && abstractSpans(e).some((s) => s.end <= sentence.start));
	if (before.length !== 1) return [];
	const system = before[0]!;
	const texts = sentences.filter((x) => x.start < sentence.start);
	if (texts.some((x) => OWN_SYSTEM.test(x.text))) return [];
	const inSentence = (s: { start: number }) => sentences.find((x) => s.start >= x.start && s.start < x.end);
	const compared = abstractSpans(system).some((s) => {
		const home = inSentence(s);
		return home !== undefined && STANDARD_BEFORE.test(home.text.slice(Math.max(0, s.start - home.start - 80), s.start - home.start));
	});
	if (compared) return [];
	const applied = abstractSpans(system).some((s) => {
		const home = sentences.find((x) => s.start >= x.start && s.end <= x.end);
		if (!home || home.start >= sentence.start) return false;
		const lead = home.text.slice(Math.max(0, s.start - home.start - 120), s.start - home.start);
		const verb = APPLIED_BEFORE.exec(lead);
		if (verb && !COMPARED.test(verb[0]) && !PART_OR_SECOND.test(verb[0].replace(/^\S+\s+/, ''))) return true;
		return APPLIED_AFTER.test(home.text.slice(s.end - home.start, s.end - home.start + 60));
	});
	return applied ? [entityKey(system.type, system.id)] : [];
}
