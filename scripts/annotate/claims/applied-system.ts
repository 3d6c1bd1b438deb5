/**
 * What a study's accuracy figures are of when it introduces nothing and evaluates nothing by name: the one system it
 * applied. Remote sensing, ecology and medicine apply a known classifier or model to their own data ("we … applied a
 * machine learning method (Random Forest) to map land cover", "We used the cascade mask R-CNN (CMask R-CNN) as the
 * backbone") and report how well it did in a later sentence that names nothing ("An accuracy assessment revealed that the
 * overall accuracy of land cover maps was 86.8%", "the accuracy was 88.32% in terms of the R2 value"). Such a figure is the
 * applied system's, but only when it is safe to say so: the sentence speaks of a measure of how well a system does, the
 * abstract named one system (model, algorithm or method) before it and no other, and that one was applied by the study,
 * not compared with. Two systems named before, or one named only as the standard of a comparison, and the figure stays
 * with no subject.
 */
import { abstractSpans, type Entity, type Span } from '../../../src/shared/paper-schema.ts';
import { entityKey } from '../../../src/shared/urls.ts';

// A measure of how well a system predicts, classifies or fits.
const SKILL = /\b(?:accurac(?:y|ies)|F1|F-?scores?|F-?measures?|kappa|R2|R²|AUC|area under (?:the )?(?:ROC )?curve|precision|recall|RMSE|MAE|root[- ]mean[- ]squared?[- ]error|mean absolute error)\b/i;
// A verb of applying right before the name ("applied a machine learning method (Random Forest)", "trained a random
// forest model", "We used the cascade mask …", "using X"), with at most a few words of its description between.
const APPLIED_BEFORE = /\b(?:used?|using|appl(?:y|ied|ying)|train(?:s|ed|ing)?|employ(?:s|ed|ing)?|adopt(?:s|ed|ing)?|fit(?:s|ted|ting)?|implement(?:s|ed|ing)?)\s+(?:[^\s.;,]+\s+){0,12}?(?:\(\s*)?$/i;
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
	const applied = abstractSpans(system).some((s) => {
		const home = sentences.find((x) => s.start >= x.start && s.end <= x.end);
		if (!home || home.start >= sentence.start) return false;
		const lead = home.text.slice(Math.max(0, s.start - home.start - 120), s.start - home.start);
		const verb = APPLIED_BEFORE.exec(lead);
		if (verb && !COMPARED.test(verb[0])) return true;
		return APPLIED_AFTER.test(home.text.slice(s.end - home.start, s.end - home.start + 60));
	});
	return applied ? [entityKey(system.type, system.id)] : [];
}
