/**
 * A structured abstract's "Objective:" heading does not always open on the aim: clinical journals print the background
 * under it when they have no background heading ("OBJECTIVE: Delirium is a highly prevalent syndrome …; the relationship
 * between race and delirium is unclear. We conducted this study to identify whether …"). The label then says only that
 * the aim comes somewhere in the section, not that the sentence it opens states it. An aim is stated in a few ways, and a
 * sentence under such a label that uses none of them tells the background the aim sets out from.
 */

import { OUR, WE } from './first-person.ts';
import { THIS_WORK } from './own-subject.ts';

// "To examine …", "Examine whether …"; "The aim of this study was …", "This study aimed …", "We sought to …", "Our
// hypothesis was …": an infinitive or imperative opening, a word for an aim, the paper or its authors as actors, or a question.
const STATES_AIM = new RegExp(
	String.raw`^(?:to\s|(?:examine|assess|determine|evaluate|investigate|compare|describe|identify|explore|estimate|quantify|test|characteri[sz]e|develop|review)\b)|\b(?:aim(?:s|ed)?|objectives?|purpose|goals?|sought|seeks?|hypothes[ie][sz]\w*|whether|question)\b|\b(?:${WE}|${OUR})\b|${THIS_WORK}|\b(?:study|trial|analysis|review)\b`,
	'i',
);

/**
 * Whether `body`, the text an aim heading ("Objective:", "Aims:", "Purpose:") opens, states no aim: the background
 * printed under the heading.
 *
 * @example statesBackgroundUnderAim('Delirium is a highly prevalent syndrome among critically ill patients.') // true
 * @example statesBackgroundUnderAim('To examine the factors affecting uptake of cervical screening.') // false
 * @example statesBackgroundUnderAim('This study tested the diagnostic accuracy of an algorithm.') // false
 */
export function statesBackgroundUnderAim(body: string): boolean {
	return !STATES_AIM.test(body);
}
