/**
 * The names a sentence holds, as claim subjects are read from them (`claim-subjects.ts`): each mention of an entity
 * with its place in the sentence and how the sentence uses it, a dataset (or a place a number was measured on), the
 * paper's own, a means, or a quantity changed.
 */
import { abstractSpans, type Entity, type Span } from '../../../src/shared/paper-schema.ts';
import { entityKey } from '../../../src/shared/urls.ts';
import { actsInSentence } from './acting-name.ts';
import { isChangedMetric } from './changed-metric.ts';
import { isEvaluatedOn } from './evaluated-on.ts';
import { isExampleSetting } from './example-settings.ts';
import { isMeans } from './means-name.ts';
import { isMeasuredOn } from './measured-on.ts';

/** A mention of an entity in the sentence, offsets relative to the sentence text. */
export interface Mention {
	ref: string;
	start: number;
	end: number;
	dataset: boolean;
	introduced: boolean;
	/** A means the sentence's subject works through ("via LoRA updates", `means-name.ts`): never its actor. */
	means: boolean;
	/** The quantity a verb of change changed by an amount ("improving RaTE … by 64%", `changed-metric.ts`): never its actor. */
	changed: boolean;
}

/** A number's place in the sentence text, `[start, end)`. */
export interface ValueRange {
	start: number;
	end: number;
}

/**
 * The mentions of `entities` inside `sentence`, in the order they stand, offsets relative to the sentence text.
 *
 * @example mentionsIn({ text: 'It scores 8.4% on EB-ALFRED.', start: 0, end: 28 }, entities)
 * // → [{ ref: 'dataset/eb-alfred', start: 18, end: 27, dataset: true, … }]
 */
export function mentionsIn(sentence: Span, entities: readonly Entity[]): Mention[] {
	return entities
		.flatMap((entity) =>
			abstractSpans(entity)
				.filter((s) => s.start >= sentence.start && s.end <= sentence.end)
				.map((s) => ({
					ref: entityKey(entity.type, entity.id),
					start: s.start - sentence.start,
					end: s.end - sentence.start,
					// A name typed dataset that is the subject of "improves" or "achieves" acts as a system there (`acting-name.ts`).
					dataset:
						(entity.type === 'dataset' && !actsInSentence(sentence.text, s.start - sentence.start, s.end - sentence.start)) ||
						isMeasuredOn(sentence.text, s.start - sentence.start) ||
						// "Experiments on A, B, and C show …": a name in the list a word of evaluating opens (`evaluated-on.ts`).
						isEvaluatedOn(sentence.text, s.start - sentence.start),
					introduced: entity.role === 'introduced',
					// "by tenfold (e.g., in A and B)": examples of where a result holds are never its actor (`example-settings.ts`).
					means: isMeans(sentence.text, s.start - sentence.start) || isExampleSetting(sentence.text, s.start - sentence.start),
					changed: isChangedMetric(sentence.text, s.start - sentence.start, s.end - sentence.start),
				})),
		)
		.sort((a, b) => a.start - b.start);
}

/** The refs (`type/id`) of mentions and refs, each once, in their order. */
export const refs = (items: readonly (Mention | string)[]) => [...new Set(items.map((m) => (typeof m === 'string' ? m : m.ref)))];
