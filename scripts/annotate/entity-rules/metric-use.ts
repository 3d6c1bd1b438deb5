/**
 * A name used as a metric is not an entity mention: "32.99 higher CLIP" and "the CLIP score"
 * measure images with a metric named after the model, they do not use the model. A rating scale's
 * scores are the scale's own reading ("the visual analogue scale scores", "Glasgow Coma Scale
 * score"): the study uses the instrument, so its mention stands.
 */

const AFTER_A_DIFFERENCE = /\d(?:\s?%|\s?pp|\s?points?)?\s+(?:higher|lower|better|worse)\s+$/;
const METRIC_NOUN = /^\s+(?:score|metric|similarity|distance)s?\b/i;
const RATING_SCALE = /\b[Ss]cales?$/;

/**
 * Whether the mention `[start, end)` of `text` names a metric.
 *
 * @example isMetricUse('32.99 higher CLIP, and', 13, 17) // true
 */
export function isMetricUse(text: string, start: number, end: number): boolean {
	if (AFTER_A_DIFFERENCE.test(text.slice(Math.max(0, start - 24), start))) return true;
	return METRIC_NOUN.test(text.slice(end, end + 20)) && !RATING_SCALE.test(text.slice(Math.max(0, end - 8), end));
}
