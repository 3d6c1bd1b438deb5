/**
 * A structured abstract names its parts: "Background: …", "Methods: For each of 964 subjects, we
 * obtained …", "Results: Classification accuracy significantly outperformed chance …",
 * "Conclusions: …". The authors' label says which part of the summary a sentence is in, whatever
 * its words, and so does it for the unlabelled sentences after it, up to the next label: a methods
 * section goes on for several sentences ("Connections were grouped into multiple bins …") with
 * numbers and evaluation words that would otherwise read as results.
 *
 * Background, aim and conclusion labels are `section-label.ts`'s (the TL;DR reads them too);
 * methods and results labels, which say nothing about the TL;DR, are read here, and so is a run-in "Material and Methods"
 * heading whose colon an export lost.
 */
import { statesAim } from './aim-statement.ts';
import { statesBackgroundUnderAim } from './background-under-aim.ts';
import { WE } from './first-person.ts';
import { paperInquires } from './own-subject.ts';
import { statesPaperAim } from './paper-aim.ts';
import { sectionBody, sectionRole } from './section-label.ts';

/** A part of the summary, as `summary.ts` names them. */
export type SectionPart = 'problem' | 'approach' | 'results';

/** The part a sentence's section gives it, and whether the label opens that sentence itself. */
export interface SectionMark {
	part: SectionPart;
	labelled: boolean;
}

// A label is a word or two and a colon opening the sentence; most sentences fail on the first character. Two headings may be
// joined with "&" ("Background & Aims:").
const LABEL = /^[A-Z][A-Za-z &]{2,30}\s?:\s/;
// A case report's headings (the CARE guideline's, as Medicine prints them: "PATIENT CONCERNS:", "DIAGNOSES:", "INTERVENTIONS:",
// "OUTCOMES:", "LESSONS:"; others' "CASE PRESENTATION:") tell the case, its work-up and treatment as the approach, and how it
// ended and what it teaches as the results. "Materials and Method:" names the methods in the singular as often.
const METHODS =
	/^(?:Methods?|(?:Materials?|Patients|Subjects|Participants) and methods?|Methodology|(?:Study )?Design|Setting|Participants|Data|Approach|Case (?:presentation|report|description|summary)s?|Patient concerns|Diagnos[ie]s|Interventions?)\s?:\s/i;
// Review journals' "Recent Findings:" is what the review found in the work it read.
const RESULTS = /^(?:Results?|(?:Recent )?Findings|Outcomes?|Lessons?)\s?:\s/i;
// "A total of 183 patients were assigned …", "Fifty-three patients (n = 12, phase Ib …) … were enrolled": a count of people as the
// subject of a verb of taking them into the trial. "935 participants were included" is left to the results: the analysed
// sample after exclusions is the first figure a results section reports (round 41's gold reads it so).
const ENROLLED =
	/^(?:a total of\s+)?(?:\d[\d,]*|[A-Z][a-z]+(?:-[a-z]+)?)\s+(?:[\w-]+\s+){0,3}?(?:patients|participants|subjects|individuals|adults|children|women|men|volunteers)\b[^.;]{0,200}?\s(?:were|was)\s+(?:\w+ly\s+)?(?:enrolled|assigned|randomi[sz]ed|recruited)\b/i;
// "RESULTS: The study was composed of 33 cases and 34 controls", "The cohort comprised 120 children": what the study's sample is
// made of, told before any finding, is the sample the methods set, as an enrolment count is.
const COMPOSED = /^(?:the\s+)?(?:study|(?:study\s+)?(?:group|population|cohort|sample|series))\s+(?:(?:was|were)\s+(?:composed|comprised|made\s+up)\s+of|comprised|consisted\s+of)\s/i;
// Expert Opinion's and Expert Review's headings ("INTRODUCTION: … AREAS COVERED: This article reviews … EXPERT OPINION:
// Anti-Aβ drugs have failed …"): what the review covers is its approach, the authors' judgement on it what it concludes.
const REVIEW_COVERS = /^Areas covered\s?:\s/i;
const EXPERT_VIEW = /^Expert (?:opinion|commentary)\s?:\s/i;
// Spine's "SUMMARY OF BACKGROUND DATA:" is the background, printed after the aim.
const BACKGROUND_DATA = /^Summary of background data\s?:\s/i;
// "Material and Methods To recognise the stages …": a short note's run-in heading, its colon lost in the export, before a
// capitalised word; the heading's own capitals say it is one (a sentence on "materials and methods" would not write them).
const RUN_IN_METHODS = /^Materials? and Methods\s+(?=[A-Z])/;

/**
 * Emerald's structured abstracts set their headings off with a dash as often as a colon, and join words with a slash:
 * "Design/methodology/approach—a survey of 200 firms …", "Findings—…", "Research limitations/implications—…",
 * "Originality/value—…". A limitation bounds the data or the method, so it is the approach; what the work is worth, as
 * its implications, goes with the results. Its "Purpose" heading holds the background as readily as the aim, and is
 * left to the cues. Web of Science's plain-text export writes the dash as a hyphen between spaces ("Findings - From the review, …").
 */
const EMERALD = /^(?:(Design\/methodology\/approach|Methodology|Research limitations(?:\/implications)?)|(Findings|Practical implications|Social implications|Originality\/value))(?:\s?[—–:]\s?|\s-\s)/i;

/**
 * Emerald's teaching cases (its case journals' format) head their abstracts in the same way with headings of their own:
 * "Learning outcomes", "Theoretical basis", "Research methodology" and "Case overview/synopsis" tell what the case is for,
 * what it draws on, how it was written and the case itself, its approach; "Complexity academic level" tells where the
 * case is taught, what it is good for, and "Supplementary materials" and "Subject code" are the notes that close it, as
 * an availability line does: both go with the results.
 */
const EMERALD_CASE = /^(?:(Learning outcomes|Theoretical basis|Research methodology|Case (?:overview\/synopsis|overview|synopsis))|(Complexity academic level|Supplementary materials?|Subject codes?))(?:\s?[—–:]\s?|\s-\s)/i;

// "Originality/value: This study uses an intersectionality lens …", "… this study also examines …": Emerald's value section
// says what is new about the work as often by what the study does, which is its approach, as by what it adds ("This study was
// the first to …", "contributes to …"), which goes with the results.
const ORIGINALITY = /^Originality\/value(?:\s?[—–:]\s?|\s-\s)/i;
const STUDY_AT_WORK = /\b(?:this|the present|the current|our)\s+(?:[\w-]+\s+)?(?:study|paper|research|article)\b[^.;]{0,40}?\s(?:also\s+)?(?:uses|investigates|examines|explores|employs|adopts|applies|analy[sz]es|combines|draws on)\b/i;

// "METHODS AND RESULTS:", "MEASUREMENTS AND MAIN RESULTS:": one heading over the methods and the results after them. It
// opens on the methods; where the results begin the sentences' own cues tell.
const METHODS_AND_RESULTS = /^(?:Methods?|Measurements?|Design|Methodology)(?: and| &) (?:main )?results\s?:\s/i;

// "BACKGROUND: The aim of this study was to evaluate …", "… There is no consensus. We studied if six and twelve months …": a
// background section without an aim heading closes on the study's aim, which is the approach, as is what follows it.
// "We therefore aimed to assess …": an adverb may stand between the authors and their aim.
// A frame may open it: "In this study, we aimed to investigate …", "Herein, we sought to …".
const WE_AIM = new RegExp(String.raw`^(?:(?:in|for)\s+(?:this|the\s+present|the\s+current)\s+(?:study|work|paper|analysis|research),\s+|here(?:in)?,\s+)?${WE}\s+(?:(?:therefore|thus|hence|here|now|also|further|then)\s+)?(?:aimed|sought|set out|intended|wanted|studied|examined|investigated|assessed|tested|evaluated|asked)\s+(?:to|whether|if)\b`, 'i');
// "Herein, we evaluated diagnostic accuracy of …", "In this study, we compared two …": after the frame that points at the paper,
// the authors' verb of inquiry states what the study did with its object directly, as an aim does.
const FRAMED_WORK = new RegExp(String.raw`^(?:(?:in|for)\s+(?:this|the\s+present|the\s+current)\s+(?:study|work|paper|analysis|research),\s+|here(?:in)?,\s+)${WE}\s+(?:evaluated|assessed|examined|investigated|compared|analy[sz]ed|studied|tested|reviewed)\b`, 'i');
// "INTRODUCTION: Isoenzymatic analyses were performed involving species of … in order to estimate the genetic variability": the
// study's work done for a purpose, in the past passive, states its aim as much; others' work is marked as earlier or many.
const DONE_TO = /^(?!(?:many|several|some|previous|prior|earlier|recent)\b)[^;:]{1,160}?\s(?:was|were)\s+(?:\w+ly\s+)?(?:performed|carried out|conducted|undertaken)\b[^.;]{0,160}?\b(?:in order\s+)?to\s+(?:investigate|examine|study|determine|assess|evaluate|identify|quantify|explore|analy[sz]e|characteri[sz]e|measure|estimate|test|compare)\b/i;
const EARLIER = /\b(?:previously|formerly|in the past|have been|has been)\b/i;
// "Introduction and Objectives: … remains unclear. To evaluate the impact of X on mortality in Y.": clinical conference abstracts
// state their aim as an infinitive with no main clause, closing the background section; an infinitive whose main clause names
// others as the actors ("To assess X, previous studies used …") tells their work.
const INFINITIVE_AIM = /^To\s+(?:examine|assess|determine|evaluate|investigate|compare|describe|identify|explore|estimate|quantify|characteri[sz]e|analy[sz]e)\b(?![^.;]*,\s+(?:many|several|some|previous|prior|earlier|recent|other|researchers|studies|investigators|authors)\b)/;
// "Background: This study aimed to evaluate …": the paper as the subject of its aim (`paper-aim.ts`); "Background and aims: …
// This study investigated pure stands and mixtures of …": the paper as the subject of its inquiry (`own-subject.ts`).
const statesAimHere = (body: string) =>
	statesAim(body) || WE_AIM.test(body) || FRAMED_WORK.test(body) || INFINITIVE_AIM.test(body) || statesPaperAim(body) || paperInquires(body) || (DONE_TO.test(body) && !EARLIER.test(body));
// "As there are no such data in X, this study investigated …": the gap that motivates the aim may be fronted before it.
const FRONTED_REASON = /^(?:as|since|because|given that)\s[^,;]{1,160},\s+/i;
const statesStudyAim = (body: string) => statesAimHere(body) || (FRONTED_REASON.test(body) && statesAimHere(body.replace(FRONTED_REASON, '')));

/** A label's part for its own sentence, and the part it carries to the unlabelled sentences after it (null: none). */
interface Label {
	part: SectionPart;
	carried: SectionPart | null;
	/** The section's aim is still to come: the first sentence after the label that states it is the approach, and so are those after it. */
	aimToCome?: boolean;
}

const plain = (part: SectionPart): Label => ({ part, carried: part });

/** The label opening `sentence`, or null. */
function labelOf(sentence: string): Label | null {
	const emerald = EMERALD.exec(sentence) ?? EMERALD_CASE.exec(sentence);
	if (emerald) return plain(emerald[1] ? 'approach' : 'results');
	if (RUN_IN_METHODS.test(sentence)) return plain('approach');
	if (!LABEL.test(sentence)) return null;
	if (METHODS_AND_RESULTS.test(sentence)) return { part: 'approach', carried: null };
	if (METHODS.test(sentence) || REVIEW_COVERS.test(sentence)) return plain('approach');
	// "RESULTS: A total of 183 patients were assigned to receive …", "RESULTS: Fifty-three patients … were enrolled": a trial's
	// results section opens on who took part, the sample as the methods set it; the results follow it.
	if (RESULTS.test(sentence)) {
		const body = sentence.replace(LABEL, '');
		return ENROLLED.test(body) || COMPOSED.test(body) ? { part: 'approach', carried: 'results' } : plain('results');
	}
	if (EXPERT_VIEW.test(sentence)) return plain('results');
	if (BACKGROUND_DATA.test(sentence)) return plain('problem');
	const role = sectionRole(sentence);
	// "OBJECTIVE: Delirium is a highly prevalent syndrome …": the background printed under the aim's heading, the aim
	// somewhere after it, where the cues find it (`background-under-aim.ts`).
	if (role === 'aim' && statesBackgroundUnderAim(sectionBody(sentence))) return { part: 'problem', carried: null, aimToCome: true };
	return role === 'background' ? plain('problem') : role === 'aim' ? plain('approach') : role === 'conclusion' ? plain('results') : null;
}

/**
 * Each sentence's section part: from the label opening it, else from the last label before it;
 * null before the first label and in an abstract without labels.
 *
 * @example sectionParts(['Background: X is hard.', 'Y fails.', 'Methods: We test Z.']).map((m) => m?.part) // ['problem', 'problem', 'approach']
 */
export function sectionParts(sentences: readonly string[]): (SectionMark | null)[] {
	let current: SectionPart | null = null;
	let aimToCome = false;
	let originality = false;
	return sentences.map((sentence) => {
		const label = labelOf(sentence);
		if (label) {
			aimToCome = label.aimToCome === true;
			originality = ORIGINALITY.test(sentence);
			const aimUnderBackground = label.part === 'problem' && statesStudyAim(sentence.replace(LABEL, ''));
			current = aimUnderBackground ? 'approach' : label.carried;
			return { part: aimUnderBackground || (originality && STUDY_AT_WORK.test(sentence)) ? 'approach' : label.part, labelled: true };
		}
		if (originality && STUDY_AT_WORK.test(sentence)) return { part: 'approach', labelled: false };
		if (current === 'problem' && statesStudyAim(sentence)) current = 'approach';
		if (aimToCome && !statesBackgroundUnderAim(sentence)) {
			current = 'approach';
			aimToCome = false;
		}
		return current ? { part: current, labelled: false } : null;
	});
}
