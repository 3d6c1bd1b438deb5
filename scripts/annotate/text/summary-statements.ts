/**
 * What kind of statement a sentence makes, as evidence for its part of the summary (`summary.ts`).
 * The cue phrases there read the first-person voice of machine-learning abstracts ("we propose",
 * "experiments show"); the earth and life sciences write the same parts impersonally, and the
 * statement modules beside this one already recognise those forms:
 *
 * - a contribution or study stated in the passive ("A correction technique is proposed …",
 *   "Here, such a risk is investigated …"; `passive-contribution.ts`; "Seven measures … were
 *   developed", `counted-passive.ts`; "Here, a technique … is adapted …") is the approach, also
 *   when a sequence word opens it ("First, a bias correction algorithm … is presented");
 * - a step of the procedure ("Data were analysed with …", "Next, methods are applied to …";
 *   `procedure-step.ts`, and a few verbs it leaves out: "a pool of candidate days is chosen", "the inversion is done
 *   with …", "the model is demonstrated on …"), what a dataset, benchmark or sample is made of ("The benchmark
 *   comprises 1,000 trajectories …", `collection-makeup.ts`), an experiment's participants and what they did ("Ten
 *   subjects volunteered …", "They drove …", "We conducted a within-subject experiment …", `study-procedure.ts`), a field or animal trial's
 *   layout ("The treatments were …", "A randomised complete block design … was used", `trial-design.ts`), a search or review
 *   of records as the design ("A retrospective search of our archives … was performed", `record-review.ts`), an
 *   aim ("The objective of FHR is to …", "This review aimed to …") and a sentence that "then", "next" or "for each" opens
 *   ("Then, we assess …") are the approach;
 * - the paper with a verb of inquiry, its counted studies or a book's author as subject ("This article examines …",
 *   "Three studies investigated …", "Hale tells the story of …", `own-subject.ts`) is the approach;
 * - a finding in the impersonal passive ("It is found that …", "… are found to increase") is
 *   results, and so are a range, an extreme and a treatment's change reported in the past ("Concentrations
 *   ranged from 57.3 to 542.2 nmol g−1", "The highest concentrations were extracted with …");
 *   a finding of the paper's own ("Then, we show that …", `finding-statement.ts`) is no
 *   step, whatever opens it. The first-person finding itself is the cue table's ("we show").
 *
 * The problem part needs no such reading: its cue phrases ("however", "remains", "is needed") are
 * the same in every voice, and definitions and reports of earlier work (`background-statement.ts`)
 * already sit where the position prior puts the problem. Prospects ("may provide insights",
 * `outlook-statement.ts`) come last, where the prior already puts results.
 *
 * Each detector is a handful of anchored or word-gated regular expressions, cheap enough for every
 * sentence of a large collection; the weights are in the units of `summary.ts`'s cue table.
 */
import { describesCollection } from './collection-makeup.ts';
import { contributesByCount, presentsByCount } from './counted-passive.ts';
import { statesFinding } from './finding-statement.ts';
import { statesPaperAim } from './paper-aim.ts';
import { statesAim } from './aim-statement.ts';
import { contributesPassively, studiesPassively } from './passive-contribution.ts';
import { statesProcedureStep } from './procedure-step.ts';
import { tellsStudyProcedure } from './study-procedure.ts';
import { reviewsRecords } from './record-review.ts';
import { tellsTrialDesign } from './trial-design.ts';
import { authorNarrates, namesItsKind, paperInquires, studiesByCount } from './own-subject.ts';

/** Evidence for the approach of a sentence whose subject is the paper ("This article examines …"). */
const OWN_WORK_STATED = 1.5;

/** Evidence a sentence's kind of statement adds to each part. */
export interface StatementCues {
	approach: number;
	results: number;
	/** Set when the sentence states a step of the procedure: its numbers are settings ("a 2 × 2 factorial", "formulated to 22% starch"), no results. */
	step?: true;
}

// "First, …", "Then, …", "Next, …": the abstract walks through what was done, in order. Only "then",
// "next", "subsequently", "afterwards" and "for each" ("For each signal trace, the envelope function is
// calculated …") tell a step by themselves: "First, …" and "Second, …" enumerate as
// readily the challenges ("Second, using only test performance as a reward provides limited
// feedback") or the benefits of a design as the steps of a method.
const SEQUENCE_OPENER = /^(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|then|next|subsequently|afterwards?|finally|lastly),?\s+/i;
const STEP_OPENER = /^(?:then|next|subsequently|afterwards?|for each)\b/i;
// "Specifically, …", "Moreover, …", "Therefore, …": a connector says how the sentence follows on, not what it states,
// so the statement is read after it.
const CONNECTOR = /^(?:specifically|concretely|in particular|in addition|additionally|moreover|furthermore|further|also|therefore|thus|hence|accordingly),?\s+/i;
// "The objective of FHR is to …", "This study's specific objectives are as follows", "The aim was to …",
// "The objectives of the study are (1) to investigate …, (2) to assess …" (the aims numbered),
// "We are especially interested in what kinds of contracts help …".
const INTERESTED = /\b(?:we are|I am) (?:especially |particularly |primarily |mainly )?interested in\b/i;
// "The present study was designed to test …", "The research described here was undertaken to further elucidate …": the study
// done for a purpose states its aim as much ("A previous study was designed to …" is another's, and has no definite article).
const STUDY_FOR = String.raw`\b(?:this|the|our)(?: present| current)? (?:study|research|work|investigation|project|experiment)(?: (?:described|reported|presented) here)? (?:was|is|has been) (?:\w+ly )?(?:undertaken|conducted|carried out|designed|performed|initiated|composed) (?:in order )?to\b`;
// "A contribution of the paper is the development of …", "It is intended to analyze the possibility to …": the paper's
// contribution named, and an aim told impersonally, are what it sets out to do as much as "The objective is to …".
const AIM = new RegExp(
	String.raw`\b(?:objectives?|aims?|goals?|purpose)(?: of [^,;.]{1,60}?)? (?:is|are|was|were) (?:\(?(?:1|i|a)\)\s*)?(?:to|as follows|twofold|threefold)\b|\bcontributions? of (?:the|this|our) (?:paper|work|study|article|thesis|research) (?:is|are|was|were|lies)\b|^it is (?:\w+ly )?(?:intended|planned) to\b|${STUDY_FOR}`,
	'i',
);
// "It is found that …", "It is shown that …", "… are found to increase", "Limitations … are found in …":
// the present or simple past passive reports the paper's own finding; "it has been found" reports others'.
const PASSIVE_FINDING = /\bit (?:is|was) (?:also |further |thus )?(?:found|shown|demonstrated|concluded|argued|noted|observed)\b|\b(?:is|are|was|were) (?:also |generally |often |consistently )?found\b/i;
// Results the field sciences report in the impersonal past, without a verb of finding: the span a measured quantity
// took ("Concentrations ranged from 57.3 to 542.2 nmol g−1", "Litter sizes ranged from 3–12 embryos"), the extreme a
// comparison found ("The highest concentrations were extracted with …", "The lowest risk was seen in …") and a change a
// treatment made ("Microbial biomass was increased by all cover crop treatments"), in the words of gene expression too
// ("mRNAs encoding X were up-regulated in …").
const REPORTED_RESULT =
	/\b(?:ranged|varied)\s+(?:from|between)\s+[-−~]?\d|^(?:the\s+)?(?:highest|lowest|greatest|largest|smallest|strongest|weakest|most|least)\s[^,;:]{1,100}?\s(?:was|were)\b|\b(?:was|were)\s+(?:significantly\s+|also\s+)?(?:increased|decreased|reduced|enhanced|improved|lowered|elevated|up-?regulated|down-?regulated)\s+(?:by|in|with|under|after)\b/i;
// "Here, an image processing technique … is adapted for use as …", "In the present article, a model is proposed …",
// "It is proposed here as …": what
// the paper itself does, in the passive, whatever the verb ("adapted", "used", "extended").
const PASSIVE_HERE = /^(?:here|in (?:this|the present) (?:paper|work|study|article)),?\s+[^;]{0,240}?[\s–—](?:is|are)\s+(?:\w+ly\s+|also\s+|first\s+)?\w+ed\b|\b(?:is|are) (?:propos|introduc|present|develop|describ|adapt)ed here\b/i;
// Steps of a method that `procedure-step.ts` leaves to the reader (its list is tuned for the TL;DR):
// "Performance is assessed based on …", "Some sources were spatially superimposed …", "a pool of
// candidate days is chosen …", "Field trials were established in 1990 at …", "a local non-rigid transformation is exploited to
// register …" (a method put to work: "exploited", "utilized", "leveraged"), "These mechanisms were modelled using …", "The
// predictive ability of the model is exhibited in two case studies" (what was modelled or simulated, and where it is shown). A subject that is an amount or a gain makes the passive a result; one
// that opens with a conjunction ("As contigs are derived from …, they …") is no main clause.
const METHOD_PASSIVE = /^(?!(?:as|since|because|while|although|though|whereas|when|if|once|unless)\b)[^,;:]{1,120}?\s(?:is|are|was|were)\s+(?:(?:then|first|also|further|\w+ly)\s+)?(?:subjected|examined|investigated|studied|explored|assessed|evaluated|estimated|derived|chosen|defined|determined|constructed|tested|adapted|implemented|trained|validated|verified|calibrated|performed|conducted|carried out|established(?!\s+that)|set up|laid out|superimposed|generated|classified|grouped|clustered|partitioned|decomposed|accumulated|smoothed|included|demonstrated|illustrated|realized|realised|provided|coupled|integrated|(?:re-?)?designed|modified|exploited|utili[sz]ed|leveraged|modell?ed|simulated|exhibited)\b/i;
// "Methane concentrations were quantified along transects …", "Water was sampled monthly at …": what was measured and how,
// told in the past, is a step of the field study (in the present, "X is quantified by …" as often states a finding).
// A survey says so of its respondents: "Under a state programme, households were randomly selected and surveyed", "Farmers
// were interviewed in …" (a setting may come first).
const MEASURED_PAST = /^(?:(?:under|in|for|during|across|within|at) [^,;:]{1,60},\s+)?(?!(?:as|since|because|while|although|though|whereas|when|if|once|unless)\b)[^,;:]{1,120}?\s(?:was|were)\s+(?:(?:then|first|also|\w+ly)\s+)?(?:quantified|sampled|monitored|recorded|collected|selected|surveyed|interviewed)\b/i;
// "The data of 61 households from 3 villages … was collected through semi-structured questionnaire interviews": data gathered by a
// means is a step of the study, however many households or villages its subject counts.
const DATA_GATHERED = /\b(?:data|information|samples?|responses?|records?)\b[^.;]{0,200}?\b(?:was|were)\s+(?:\w+ly\s+)?(?:collected|gathered|obtained|acquired)\s+(?:through|via|by|using|with|from)\b/i;
// "Treatment diets were formulated to 22% starch …", "Cows were randomly assigned to …", "Treatments were fed from 1 to 23 d":
// how a trial's animals or patients were allotted and what they were given is its design. The copula must be the sentence's
// first, so that "Loss of BCS was increased when HMC was fed …" stays a finding.
const DESIGN_PASSIVE =
	/^(?!(?:as|since|because|while|although|though|whereas|when|if|once|unless)\b)(?:(?!\b(?:is|are|was|were)\b)[^,;:]){1,120}?\s(?:was|were)\s+(?:(?:then|first|also|\w+ly)\s+)?(?:formulated|fed|assigned|allocated|randomi[sz]ed|enrolled|recruited|administered|housed)\b/i;
// "The calves were observed for 11 days after …", "Feeding activity was observed during a one-year period at …": what was followed and for
// how long is the design of the study (a finding stated in the same sentence, "and shown to reside …", is left to the findings).
const OBSERVED_FOR_PERIOD = /\b(?:was|were)\s+(?:\w+ly\s+)?(?:observed|followed|monitored|tracked)\s+(?:\w+\s+){0,3}?(?:during|over|for|throughout)\s+(?:a|an|one|two|three|four|five|six|\d+)[- ](?:\w+[- ])?(?:years?|months?|weeks?|days?|seasons?)\b(?![^.;]*\b(?:and|but)\s+(?:were\s+|was\s+)?(?:shown|found)\b)/i;
// "Random pyramids are produced by etching in an alkaline solution", "a nanotexture is developed using an etching process":
// a thing made, told with the means it is made by, is a step of the making ("X was developed to …", "by Smith" tell a purpose or
// another's work, and stay out).
const MADE_BY_MEANS = /\b(?:is|are|was|were)\s+(?:then\s+|first\s+|also\s+|subsequently\s+)?(?:produced|developed|formed|created|made|grown|obtained)\s+(?:by\s+[a-z]+ing\b|using\b|via\b|through\s+(?:an?|the)\b|based\s+on\b)/;
// "The inversion is done with borehole data": a step told with the plainest verb, and what it is
// done with ("This is usually done with …", an adverb of habit before it, tells the common practice instead).
const DONE_WITH = /\b(?:is|are|was|were)\s+(?:then\s+|first\s+|also\s+)?done\s+(?:with|using|by|on|through|via)\b/i;
// "Faults are then traced through …": "then" between the copula and its participle tells the next step, whatever the verb
// (in a relative clause, "reads which are then sorted", it tells how a thing is done, often others' practice).
const THEN_PASSIVE = /(?<!\b(?:which|that|who)\s+)\b(?:is|are|was|were)\s+then\s+[a-z]+(?:ed|en)\b/i;
// "Two case studies are also being presented": the progressive passive of a contribution verb is what the paper itself does.
const BEING_PRESENTED = /\b(?:is|are)\s+(?:also\s+)?being\s+(?:presented|described|discussed|introduced|proposed|reviewed)\b/i;
const RESULT_SUBJECT = /\d|\b(?:accuracy|precision|recall|improvements?|gains?|errors?|reductions?|increases?|decreases?|differences?)\b/i;

// "It has been commonly used in various disciplines", "X is widely applied in …", "It has been used widely in …", "The relations
// are usually modeled by affine transformation": an adverb of habit,
// before the participle or after it, makes the passive of use tell
// the field's practice, the background, not a step of the study.
const HABITUAL_USE =
	/\b(?:is|are|was|were|has been|have been)\s+(?:(?:widely|commonly|extensively|frequently|increasingly|routinely|traditionally|usually|often|generally|typically)\s+(?:used|applied|employed|adopted|modell?ed|simulated)\b|(?:used|applied|employed|adopted)\s+(?:widely|commonly|extensively|frequently|increasingly|routinely|broadly)\b)/i;

// "Particular emphasis is placed on the wall boundary", "Attention is paid to …": where the paper puts its effort.
const EMPHASIS = /\b(?:emphasis|attention|focus)\s+(?:is|was)\s+(?:\w+ly\s+|also\s+|here\s+)?(?:put|placed|laid|given|paid)\s+(?:on|to)\b/i;

// "Totally, 227 strains were collected, with 908 spectra obtained …", "In this study, 80 carbapenem-resistant … strains detected in
// the clinic were selected and …": a counted sample gathered is the study's material, however long the subject that counts it
// (a count in the subject otherwise marks a result, `RESULT_SUBJECT`; "enrolled" and "included" as often open a trial's results).
const COUNTED_SAMPLE = /^(?:(?:totally|in total|overall|in this (?:study|work|research)),?\s+)?(?:a total of\s+)?\d[\d,]*\s[^;:.]{0,200}?\s(?:was|were)\s+(?:\w+ly\s+)?(?:collected|selected|sampled|isolated|gathered)\b/i;
// "Machine-learning techniques including artificial neural networks, … and random forest were used": the techniques a study
// used, listed in its subject, are its method.
const TECHNIQUES_USED = /^(?:[\w-]+\s+){0,3}?(?:techniques|methods|algorithms|models|classifiers|approaches)\s+(?:including|such as|like|namely)\b[^;]{0,250}?\s(?:was|were)\s+(?:used|employed|applied|utili[sz]ed|adopted)\b/i;

// "…, machine learning was used for 167 spectra": a means applied to a counted material is a step of the study.
const USED_ON_COUNT = /\b(?:was|were)\s+(?:used|applied|employed)\s+(?:for|on|to)\s+(?:the\s+|all\s+)?\d[\d,]*\s+[a-z]/i;

/** Whether the main clause is a method step in the passive with a verb `procedure-step.ts` does not list. */
function statesMethodStep(text: string): boolean {
	if (COUNTED_SAMPLE.test(text) || TECHNIQUES_USED.test(text) || USED_ON_COUNT.test(text)) return true;
	const step = METHOD_PASSIVE.exec(text) ?? MEASURED_PAST.exec(text) ?? DESIGN_PASSIVE.exec(text);
	if (step === null) return DATA_GATHERED.test(text) || DONE_WITH.test(text) || THEN_PASSIVE.test(text) || EMPHASIS.test(text) || MADE_BY_MEANS.test(text) || OBSERVED_FOR_PERIOD.test(text);
	return !RESULT_SUBJECT.test(step[0].replace(/\s\S+\s+\S+$/, ''));
}

// A cheap gate, case-sensitive and literal: every passive and aim above needs "is", "are", "was" or
// "were" (after a dash too: "the … transform–is adapted"), and most sentences have none.
const BE = /[\s–—](?:is|are|was|were)\s/;
// A cheap gate: a finding needs a verb of showing or finding.
const SHOWING_STEM = /(?:suggest|show|indicat|demonstrat|reveal|illustrat|find|found|report|confirm|support|establish|uncover|identif)/i;

/**
 * The evidence of `sentence`'s kind of statement for each part of the summary.
 *
 * @example statementCues('A bootstrap resampling procedure is proposed to estimate exceedance.').approach // 3
 * @example statementCues('It is found that the six metrics identify comparable regions.').results // 1.5
 */
export function statementCues(sentence: string): StatementCues {
	const cues: StatementCues = { approach: 0, results: 0 };
	const opener = SEQUENCE_OPENER.exec(sentence);
	const text = opener ? sentence.slice(opener[0].length) : sentence.replace(CONNECTOR, '');
	const be = BE.test(text);
	if (be && PASSIVE_FINDING.test(text)) cues.results += 1.5;
	if (REPORTED_RESULT.test(text)) cues.results += 1.5;
	if (be && (contributesPassively(text) || studiesPassively(text) || contributesByCount(text) || presentsByCount(text) || PASSIVE_HERE.test(text) || BEING_PRESENTED.test(text))) cues.approach += 3;
	else if ((be && AIM.test(text)) || INTERESTED.test(text) || statesPaperAim(text) || statesAim(text)) cues.approach += 1.5;
	else if ((STEP_OPENER.test(sentence) || statesProcedureStep(text) || (be && statesMethodStep(text)) || describesCollection(text) || tellsStudyProcedure(sentence) || tellsTrialDesign(sentence) || reviewsRecords(text)) && !(SHOWING_STEM.test(text) && statesFinding(text)) && !HABITUAL_USE.test(text)) {
		cues.approach += 1.5;
		cues.step = true;
	}
	// "This article examines …", "The present review is a comparison of …", "Three studies investigated …", "Hale tells the
	// story of …": the paper, its counted studies or its author as the subject say what it sets out to do.
	if (cues.approach === 0 && (paperInquires(text) || namesItsKind(text) || studiesByCount(text) || authorNarrates(text)) && !(SHOWING_STEM.test(text) && /\bthat\b/.test(text))) cues.approach += OWN_WORK_STATED;
	return cues;
}
