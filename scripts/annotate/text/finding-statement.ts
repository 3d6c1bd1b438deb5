/**
 * A sentence that states what the paper itself shows or finds is a TL;DR too: "Our study suggests
 * that one of the central premises of the ETH is relevant …", "Our findings suggest that the
 * Ribbed Mussel does not act as a foundation species …", "Here, we illustrate … how artifacts
 * … lead to misinterpretation", "we found that more clustered populations …", "We conclude that high
 * income buys life satisfaction but not happiness" (a conclusion is the finding the paper closes on). Many field studies
 * never "propose" anything: what they contribute is a finding, told with a verb of showing or
 * finding whose subject is the authors or their own study, or, in the impersonal voice, "It is concluded that …" and
 * "Demographic analyses showed that …", and what a study's observations bear out ("… supported the idea that …"); an
 * effect found ("A protective effect of the therapy was obtained"), and a treatment's effect stated without figures
 * ("Feeding a highly fermentable starch decreased intake …"), the conclusion of an experiment, and what the trials the paper
 * ran showed ("The trials carried out in this study confirmed …"), and what an unlabelled abstract says "In conclusion, …". A negated one ("We do not find
 * systematic evidence of gains …") tells what the paper did not find, and is left out, as is what the authors expected to find
 * ("We expected to find …", `expected-outcome.ts`).
 */

import { OUR, WE } from './first-person.ts';
import { gateCues } from './cue-gate.ts';
import { expectsOutcome } from './expected-outcome.ts';

// The authors' own work as a subject: "we", "the authors" (as acoustics and older journals write), "our study", "our
// results", "the present study"; in an
// abstract "these findings" and "the results" are the paper's own, and so are bare "Findings" and
// "Results" opening a sentence ("Findings showed that …"), and "the studies" of an abstract reporting several ("Taken
// together, the studies show …"); "The study" opening a sentence is the paper's own as well ("The study shows that …"), as
// no other study is "the study" before one is named (`aim-statement.ts` reads "The purpose of the study" so).
const OWN_SUBJECT = String.raw`(?:${WE}|the authors|(?:these|the|such) (?:results?|findings?)|(?:these|the|both|all) (?:three |two |four )?(?:studies|experiments)|^(?:results|findings)|${OUR} (?:study|studies|work|results?|findings?|data|analys[ie]s|model|models|simulations?|experiments?|survey|observations?)|the present (?:study|work|analysis)|^the study)`;
// Verbs that report a finding or a demonstration, in the present or the past; "observed" only in the past ("we observe
// the sky at 3 mm" is a procedure, "the authors observed the following regularities" what came out of it).
// ("indicated", "demonstrated": the past of a verb ending in "e" takes only "d"). "The experiments provide strong evidence that …"
// states what they found as "show that" would.
// "These results emphasize that TD are present in …": a verb of stressing states a finding when a that-clause follows
// (without one, "our results highlight the need for …" may state a prospect).
const SHOWING = String.raw`(?:(?:suggest|show|indicate|demonstrate|reveal|illustrate|find|report|confirm|support|establish|uncover)(?:s|d|ed|n)?|observed|found|identif(?:y|ies|ied)|conclud(?:e|es|ed)|provided?s?\s(?:(?:clear|strong|new|further|converging|consistent|robust)\s)?evidence\sthat|(?:emphasi[sz]e|underline|underscore|stress)(?:s|d)?\sthat|highlight(?:s|ed)?\sthat)`;
// "we found that", "our results show", "we further demonstrate", "our study not only identifies": up to two words between.
const FINDING = new RegExp(String.raw`\b${OWN_SUBJECT}\s+(?:[\w-]+\s+){0,2}?${SHOWING}\b`, 'i');
// "We do not find systematic evidence of gains …": what the paper did not find is no statement of what it contributes.
const NEGATED = new RegExp(String.raw`\b${OWN_SUBJECT}\s+(?:do|does|did|could|can|would)(?: not|n['’]t)\s+(?:[\w-]+\s+){0,1}?${SHOWING}\b|\b${OWN_SUBJECT}\s+(?:cannot|never)\s+${SHOWING}\b`, 'i');

// "Our conclusion that undercoordinated sites dominate … highlights …": the finding as a noun clause
// the sentence then comments on; the paper's own conclusion or finding all the same.
const CONCLUSION_CLAUSE = new RegExp(String.raw`^${OUR} (?:main |key |central )?(?:conclusions?|findings?|observations?) that\b`, 'i');

// "We find all client methods invoking APIs": "find" with a quantified object ("all", "every",
// "each") locates things, a step of the method, where a finding has a clause or a description.
const LOCATING = new RegExp(String.raw`\b${OWN_SUBJECT}\s+(?:[\w-]+\s+){0,2}?(?:find|finds|found)\s+(?:all|every|each)\b`, 'i');

// "It is concluded that the growth curves … are distorted …", "It was found that …": the impersonal voice of older
// journals states the paper's own conclusion (a sentence opening so reports no one else's).
const IMPERSONAL_FINDING = /^it (?:is|was|has been) (?:therefore |thus |further |also )?(?:concluded|found|shown|demonstrated|established) that\b/i;
// "Demographic analyses showed that the population would decline …", "Model simulations indicate that …": the
// analyses an abstract opens a sentence with are its own, when nothing marks them as others' ("Previous analyses …"); up to
// three words may name them ("Both sets of analyses suggest that …").
const ANALYSES_FOUND = /^(?!(?:previous|prior|earlier|recent|past|other|many|several|some|most|existing)\b)(?:[\w-]+\s){0,3}?(?:analys[ie]s|simulations?|model runs|experiments|measurements|observations|estimates)\s(?:\w+ly\s)?(?:show(?:s|ed)?|indicat(?:e|es|ed)|reveal(?:s|ed)?|suggest(?:s|ed)?|demonstrat(?:e|es|ed)|confirm(?:s|ed)?)\sthat\b/i;

// "Only two attacks have occurred at protected beaches over three decades, indicating that the program has maintained its
// mandate": an observation and the conclusion drawn from it; others' work is marked as such ("previous studies", "have been").
// "TERT promoter mutations are frequently present in PUC, which provides further evidence that …": the same inference told
// in a relative clause.
const INFERRED = /,\s(?:thus\s|therefore\s)?(?:indicating|suggesting|demonstrating|confirming)\sthat\b|,\swhich\s(?:thus\s|therefore\s|further\s)?(?:suggests|indicates|demonstrates|confirms|provides\s(?:(?:further|additional|new|strong|clear)\s)?evidence)\sthat\b/i;
const OTHERS = /\b(?:previous|prior|earlier|past|other|many|several|some|recent)\s(?:studies|works?|research|reports|authors)\b|\bet al\b|\b(?:has|have) been (?:shown|reported|found|suggested)\b/i;

// "The clinical changes of all parameters supported the idea that endotoxins are absorbed …": what the study's
// observations bear out, whatever their subject; others' work is marked as such.
const BEARS_OUT = /\b(?:support(?:s|ed)?|confirm(?:s|ed)?|strengthen(?:s|ed)?|corroborat(?:es|ed))\s+the\s+(?:idea|hypothesis|notion|view|assumption|suggestion)\s+that\b/i;
// "Feeding a highly fermentable starch source … decreased intake and yields …", "Increasing soil moisture reduced
// germination": a treatment named by its gerund and the effect it had, stated without figures, is the conclusion an
// experiment closes on (with figures, it is one of its results). A gerund that is a preposition opens no such subject, and
// neither does a noun that only ends as a gerund does: "Offspring produced by older parents often have reduced longevity" is
// background on offspring, and "Nestling growth was reduced …" is on nestlings.
const NOT_GERUND = String.raw`(?:according|regarding|concerning|following|including|considering|during|using|excluding|depending|assuming|` +
	String.raw`offspring|spring|string|thing|something|nothing|anything|everything|king|ring|wing|ceiling|morning|evening|lightning|herring|` +
	String.raw`sibling|seedling|sapling|nestling|hatchling|fledgling|yearling|duckling|gosling|starling|darling|inkling)`;
const TREATMENT_EFFECT = new RegExp(
	String.raw`^(?!${NOT_GERUND}\b)[A-Za-z]+ing\s(?:[\w-]+\s){1,14}?(?:decreased|increased|reduced|improved|enhanced|impaired|lowered|raised|shortened|prolonged|did\snot\s(?:affect|alter|change))\b`,
	'i',
);
// "A protective and preventive effect of the experimental therapy was obtained in the research": an effect the study
// found, in the impersonal past.
const EFFECT_FOUND = /^(?:an?|the)\s(?:[\w-]+\s){0,4}?effects?\s(?:[^,;.]|\.\d){0,80}?\b(?:was|were)\s(?:also\s|clearly\s)?(?:obtained|observed|found|demonstrated|confirmed|shown)\b/i;
const DIGIT = /\d/;
// "Both the pilot-scale and the full-scale trials carried out in this study confirmed the possibility of …": the experiments,
// trials or measurements the paper says it ran, as the subject of a verb of showing, state its finding.
const DONE_HERE_SHOWED =
	/\b(?:experiments?|trials?|tests?|measurements?|analys[ie]s|simulations?|observations?)\s+(?:\w+ly\s+)?(?:carried\s+out|conducted|performed|run|made|done)\s+(?:\w+\s+){0,2}?in\s+(?:this|the\s+present|the\s+current)\s+(?:study|work|paper|research|investigation)\b[^.;]{0,120}?\b(?:confirmed|showed|demonstrated|revealed|indicated|proved|suggested)\b/i;

// "In conclusion, an important proportion of bloodstream infections … are caused by …": an unlabelled abstract's own
// conclusion, opened by the words that close it; a plan or a need still to meet after them ("In conclusion, further studies
// are needed") is told apart by `research-need.ts` and the outlook rules, as in a labelled conclusion.
const CONCLUDING_OPENING = /^(?:in conclusion|to conclude|in summary|to summari[sz]e),\s/i;

/**
 * Whether a sentence states a finding or a demonstration of the paper's own.
 *
 * @example statesFinding('Our study suggests that the premise holds locally.') // true
 * @example statesFinding('Previous studies suggest that the premise holds.') // false
 */
export function statesFinding(sentence: string): boolean {
	if (CONCLUSION_CLAUSE.test(sentence) || IMPERSONAL_FINDING.test(sentence) || ANALYSES_FOUND.test(sentence)) return true;
	if (INFERRED.test(sentence) && !OTHERS.test(sentence)) return true;
	if ((CUE.BEARS_OUT.test(sentence) || EFFECT_FOUND.test(sentence)) && !OTHERS.test(sentence)) return true;
	if (TREATMENT_EFFECT.test(sentence) && !DIGIT.test(sentence)) return true;
	if (DONE_HERE_SHOWED.test(sentence)) return true;
	if (CONCLUDING_OPENING.test(sentence)) return true;
	const finding = CUE.FINDING.exec(sentence);
	// "We expected to find a difference …": what the authors expected to find is no finding yet (`expected-outcome.ts`).
	return finding !== null && !NEGATED.test(finding[0]) && !CUE.LOCATING.test(sentence) && !expectsOutcome(sentence);
}

// The cue patterns above as they are run: each behind the text rules' shared gate (`cue-gate.ts`), so a
// sentence without any word a pattern requires (read off the pattern) is not scanned by it.
const CUE = gateCues({ BEARS_OUT, FINDING, LOCATING });
