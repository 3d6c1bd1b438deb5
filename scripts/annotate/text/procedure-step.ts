/**
 * A procedure step is what the authors did to their material, not what the paper contributes:
 * "Data were analysed with mixed models", "Participants were asked to rate …", "Cluster analysis
 * was used to reveal …", "We collected 300 soil cores", "We used the model to simulate …", "The
 * method is based on …". Methods sections and structured abstracts write steps this way in every
 * field, and a step that shares words with the title can outscore the sentence that states the
 * contribution or the finding. The evidence is the verb of the main clause: a verb of handling
 * material (use, apply, collect, record, measure, compute, analyse, compare) in the passive, or in
 * the past after "we" (the methods-section voice), or a method described by what it rests on.
 *
 * What this leaves alone: a contribution verb anywhere ("we used X to develop a new …" is read as a
 * contribution by `tldr.ts` first); the present "Here we use X to …", which states an aim and is
 * often the only contribution an abstract has; "was investigated" and "was examined", which state
 * what the paper studies (`passive-contribution.ts`); "we conducted a survey", a study's design.
 */
import { WE } from './first-person.ts';

// Verbs of handling material, as past participles: "were analysed", "was used", "are compared".
const STEP_PARTICIPLE = String.raw`(?:used|applied|employed|collected|gathered|recorded|measured|sampled|computed|calculated|analy[sz]ed|compared|simulated|obtained|acquired|fitted|fit|processed|filtered|extracted|interviewed|asked|instructed|recruited|administered|run|scored|coded|selected|pooled|averaged|normali[sz]ed)`;
// The passive of a main clause: a subject of a few words, then "was/were/is/are/has been" and the
// participle. The subject may not hold a clause break, so "… and the results were compared" in a
// longer finding is not read as its main verb.
const PASSIVE_STEP = new RegExp(
	String.raw`^(?:(?:then|first|next|finally|subsequently),?\s+)?[^,;:]{1,120}?\s(?:is|are|was|were|has been|have been)\s+(?:(?:then|first|also|further|subsequently|separately|jointly|manually|automatically|statistically|\w+ly)\s+)?${STEP_PARTICIPLE}\b(?!\s+(?:that|as (?:a|an|the) (?:new|novel|first)))`,
	'i',
);
// "As high as 60% accuracy was obtained", "a 1/M reduction in the variance is obtained": a subject
// that is an amount or a gain makes the passive report a result, not a step.
// A count of things ("Nine empirical and 5 mechanistic models were fitted") is no amount: a digit counts only as a
// percentage, a decimal or a multiple. "A protective effect of the therapy was obtained" reports an effect.
const RESULT_SUBJECT = /\d\s?%|\d\.\d|\d\s?(?:x|×|times|-?fold)\b|\b(?:accuracy|precision|recall|reduction|improvement|increase|decrease|gain|error|speed-?up|effects?)\b/i;
// "We collected …", "we then used …", "we recorded …": the past after the authors, the voice of a
// methods section ("Here, we used X to predict …" announces the paper's own work and is left out); and "we collect/extract/gather/mine/find all …", a data-gathering step in any tense.
const ACTIVE_STEP = new RegExp(
	String.raw`^(?:(?:then|first|next|finally|subsequently),?\s+)?${WE}\s+(?:(?:then|first|also|further|subsequently|\w+ly)\s+)?(?:(?:used|applied|employed|collected|gathered|recorded|measured|sampled|computed|calculated|analy[sz]ed|compared|fitted|extracted|interviewed|asked|recruited|administered|coded|pooled|ran|obtained|acquired|retrieved|downloaded|crawled|mined)\b|(?:collect|gather|extract|mine|crawl|download|retrieve|record|sample|recruit)s?\b|find all\b)`,
	'i',
);
// "The method is based on …", "Our approach relies on …": what a method rests on, not the method.
const BASED_ON = /^(?:the|this|our|each) (?:proposed )?(?:method|approach|algorithm|technique|procedure|analysis|model|scheme)\s+(?:is|was)\s+based\s+(?:up)?on\b|^(?:the|this|our) (?:proposed )?(?:method|approach|algorithm|technique|procedure|analysis|scheme)\s+(?:relies|rests|builds)\s+(?:up)?on\b/i;

/**
 * Whether `sentence` states a procedure step: what was done to the material, not what was found or
 * made. A caller gives it no study credit and a small penalty, unless a contribution verb is there.
 *
 * @example statesProcedureStep('Data were analysed with linear mixed models.') // true
 * @example statesProcedureStep('Here we use satellite imagery to map forest loss.') // false: an aim
 */
export function statesProcedureStep(sentence: string): boolean {
	const text = sentence.trim();
	const passive = PASSIVE_STEP.exec(text);
	return (passive !== null && !RESULT_SUBJECT.test(passive[0].replace(/\s\S+\s+\S+$/, ''))) || ACTIVE_STEP.test(text) || BASED_ON.test(text);
}
