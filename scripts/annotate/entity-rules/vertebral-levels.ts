/**
 * A vertebral level names where in the spine a lesion or an operation is, not a work the paper uses:
 * "compressing the spinal cord at the vertebral levels of T6-8", "a patient who underwent L3-S1
 * laminectomy", "the lumbar spine (L1-L4)", "dorsal vertebrae (D8-10)". Spine surgery and infectious
 * disease reports write them in every abstract, and the rules for coined names read a capital and a
 * number, hyphenated, as the paper's own method. A level is a region's letter (cervical, thoracic or its
 * older "dorsal", lumbar, sacral) and a vertebra's number, or a range of them; only an abstract about
 * the spine reads so ("T5" and "L2" are a model and a penalty elsewhere).
 */
import type { NameFilter } from './entity-rule.ts';

/** "T6", "T6-8", "L3-S1", "C5–C6", "D8-10": a level or a range of levels. */
const LEVEL = /^[CTDLS]\d{1,2}(?:[-–][CTDLS]?\d{1,2})?$/;
/** Words of an abstract about the spine. */
const SPINE = /\b(?:spin(?:e|al)|vertebra[el]?|paravertebral|lumbar|cervical|thoracic|dorsal|sacral|laminectomy|intervertebral|spondyl\w*|myelopathy|discitis|epidural)\b/i;

/**
 * Whether a name is a vertebral level in an abstract about the spine.
 *
 * @example isVertebralLevel('L3-S1', 'underwent L3-S1 laminectomy') // true
 * @example isVertebralLevel('T5', 'we fine-tune T5 on summaries') // false
 */
export function isVertebralLevel(name: string, abstract: string): boolean {
	return LEVEL.test(name) && SPINE.test(abstract);
}

/** Drops a vertebral level or range. */
export const vertebralLevels: NameFilter = {
	name: 'vertebral levels',
	rejects: ({ name }, { abstract }) => isVertebralLevel(name, abstract),
};
