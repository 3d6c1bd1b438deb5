/**
 * A study told by the data it drew on and what it set out to learn from them: "We used data from a
 * herbarium review and 20 years of trapping records to infer flowering seasons …", "We analysed
 * long-term survey observations to estimate …". Field, museum and registry studies state their whole
 * design this way, often as the only sentence in the authors' voice; the past "we used" reads as a step
 * of a methods section (`procedure-step.ts`), but data as the object and a verb of inquiry as the purpose
 * say what the study is, as "We use X to test whether …" does in the present (`tldr-cues.ts`).
 */
import { WE } from './first-person.ts';
import { THIS_WORK } from './own-subject.ts';

// "we used|analysed|combined|compiled", the data (within a few words), then "to" and a verb of inquiry.
const DATA_TO_INFER = new RegExp(
	String.raw`^(?:here,?\s+)?${WE}\s+(?:used|analy[sz]ed|combined|compiled)\s[^.;]{0,80}?\b(?:data|records|observations|measurements|surveys|samples|specimens|datasets?)\b[^.;]{0,100}?\bto\s+(?:infer|estimate|determine|assess|examine|investigate|test|describe|characteri[sz]e|quantify|evaluate|explore|reconstruct)\b`,
	'i',
);

// "To gain a deeper understanding of …, the study utilizes data from the 2016 … Survey to identify …": the paper itself as
// the subject, in the present, after a fronted purpose; "the study" reporting another's work would speak in the past.
const PAPER_DATA_TO_INFER = new RegExp(
	String.raw`^(?:(?:here|to\s[^,;.]{1,120}?),\s+)?(?:${THIS_WORK}|the study)\s+(?:uses|utili[sz]es|employs|draws\s+on|analy[sz]es|combines)\s[^.;]{0,80}?\b(?:data|records|observations|measurements|surveys?|samples|specimens|datasets?)\b[^.;]{0,100}?\bto\s+(?:infer|estimate|determine|assess|examine|investigate|test|identify|describe|characteri[sz]e|quantify|evaluate|explore|reconstruct)\b`,
	'i',
);

/**
 * Whether the sentence states the study by the data it used and what it set out to learn.
 *
 * @example studiesFromData('We used 30 years of banding records to estimate survival of two warblers.') // true
 * @example studiesFromData('To learn why, the study utilizes data from a 2016 survey to identify the factors of adoption.') // true
 * @example studiesFromData('We used the model to simulate runoff.') // false: a tool, a step
 */
export function studiesFromData(sentence: string): boolean {
	return DATA_TO_INFER.test(sentence) || PAPER_DATA_TO_INFER.test(sentence);
}
