/**
 * A step of the study told in the present perfect passive: "The reflectivity versus etch time has been investigated",
 * "Further, cells have been fabricated on such substrates", "Lifetime measurements have also been carried out to …",
 * "The performance of the two routes has been assessed". The physical and engineering sciences report what they did this
 * way once the paper has said what it is about; the same tense before that, or with a mark of time or habit ("has been
 * widely used", "have traditionally been analysed", "several models have been developed", "No such model has been
 * developed before"), tells what others have done, the background, and is left out: `summary.ts` reads this only after the
 * paper first speaks of its own work.
 */

// What the study does to its material: inquiry, making and measuring, told of a definite subject.
const PERFECT_STEP = new RegExp(
	String.raw`^(?!(?:as|since|because|while|although|though|whereas|when|if|once|unless|several|many|few|some|numerous|previous|prior|earlier|recent|various|most|other|such|no|these|those|it|this|there)\b)` +
		String.raw`(?:(?:further|furthermore|moreover|in addition|additionally|then|next|finally|also),?\s+)?` +
		String.raw`[^,;:]{1,120}?\s(?:has|have)\s+(?:also\s+|further\s+|then\s+|first\s+|now\s+|thus\s+)?been\s+(?:systematically\s+|carefully\s+|successfully\s+|experimentally\s+|numerically\s+|theoretically\s+)?` +
		String.raw`(?:investigated|studied|examined|explored|assessed|evaluated|analy[sz]ed|compared|tested|measured|fabricated|prepared|synthesi[sz]ed|deposited|carried out|performed|conducted|undertaken|started|simulated|calculated|computed|characteri[sz]ed|co-related|correlated|monitored|surveyed)\b`,
	'i',
);
// "has been widely used", "in the last decade", "to date": others' work, or the state of the field.
const TIME_OR_HABIT =
	/\b(?:widely|traditionally|commonly|historically|recently|previously|extensively|intensively|frequently|often|usually|typically|already|long|before|so far|to date|hitherto|in the (?:last|past)|over the (?:last|past)|decades?|years)\b/i;

/**
 * Whether the sentence tells a step of the study in the present perfect passive.
 *
 * @example reportsPerfectStep('Further, solar cells have been fabricated on such substrates.') // true
 * @example reportsPerfectStep('Deep learning has been widely used to classify images.') // false: the field's practice
 */
export function reportsPerfectStep(sentence: string): boolean {
	return PERFECT_STEP.test(sentence) && !TIME_OR_HABIT.test(sentence);
}
