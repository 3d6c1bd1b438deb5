/**
 * "These findings suggest that species turnover diverges from scale invariance, …": the words
 * before "that" only point back at results stated earlier ("these findings" — which?), while the
 * that-clause is a full sentence stating the finding itself. Shown alone, the frame leans on the
 * sentence before; the clause does not, so the TL;DR shows the clause. Only a frame whose subject
 * is a demonstrative is dropped: "Our results show that …" names whose results they are and
 * stands alone as written.
 *
 * "These results illustrate the fundamental importance of validating …" has no that-clause, but
 * its object names the point the results make (the importance, the need, the value of something):
 * shown from "the", it stands alone as that point. A demonstrative summary subject no frame can
 * drop ("These results show a strong effect.") leaves the sentence leaning on the one before
 * (`opensWithSummarySubject`), and the TL;DR lets it lose.
 */

// "these results", "this finding", "such observations": the paper's results, pointed back at.
const SUMMARY_SUBJECT = String.raw`(?:(?:these|those|such|the above) (?:results|findings|data|observations|analyses|patterns|outcomes|experiments|simulations|comparisons|estimates|measurements)|(?:this|that|such|the above) (?:result|finding|observation|analysis|pattern|outcome|experiment|simulation|comparison|estimate|measurement|evidence))`;
const FRAME_ADVERB = String.raw`(?: (?:together|collectively|thus|therefore|also|further|strongly|clearly|all|altogether|taken together))?`;
const REPORTING_VERB = String.raw`(?:suggest|show|indicate|imply|demonstrate|reveal|support|confirm|illustrate|highlight|underscore|emphasi[sz]e|mean|prove|establish)(?:s|ed)?|shown?|(?:point|points|pointed) to the fact|(?:provide|provides|provided) (?:(?:strong|clear|further|new|compelling) )?evidence`;
const FRAME = new RegExp(String.raw`^${SUMMARY_SUBJECT}${FRAME_ADVERB} (?:${REPORTING_VERB}) that\s+`, 'i');
// "These results highlight the need for …", "This finding underscores the importance of …": the point made, as a noun phrase.
const POINT_VERB = String.raw`(?:illustrate|highlight|underscore|underline|emphasi[sz]e|stress|demonstrate|show|reveal|confirm|reinforce)(?:s|d|ed)?|shown?|(?:point|points|pointed) to`;
const POINT = String.raw`(?:importance|need|necessity|value|significance|role|potential|usefulness|utility|benefits?|relevance|feasibility|promise|advantages?|urgency)`;
const POINT_FRAME = new RegExp(String.raw`^${SUMMARY_SUBJECT}${FRAME_ADVERB} (?:${POINT_VERB})\s+(?=the (?:[\w-]+ ){0,2}?${POINT} (?:of|for|to)\b)`, 'i');
// What results are called when pointed back at; "this analysis" and "this experiment" may be the paper's own work ("This analysis
// examines …") and are left to the milder reading of `anaphora.ts`.
const OPENS_WITH_SUMMARY = /^(?:(?:these|those|such|the above) (?:results|findings|data|observations|outcomes|estimates|measurements)|(?:this|that|such|the above) (?:result|finding|observation|outcome|evidence))\b/i;

/**
 * The leading demonstrative reporting frame of `text` ("These findings suggest that ", "These results
 * highlight "), if any.
 *
 * @example reportingFrame('These findings suggest that turnover varies.')?.[0] // 'These findings suggest that '
 * @example reportingFrame('This result highlights the need for repeated surveys.')?.[0] // 'This result highlights '
 * @example reportingFrame('Our findings suggest that turnover varies.') // null
 */
export function reportingFrame(text: string): RegExpExecArray | null {
	return FRAME.exec(text) ?? POINT_FRAME.exec(text);
}

/**
 * Whether `text` opens with a demonstrative summary subject ("These results …", "This finding …"):
 * what it says is about results the reader has not been shown.
 *
 * @example opensWithSummarySubject('These results show a strong effect of depth.') // true
 * @example opensWithSummarySubject('These species show a strong effect of depth.') // false
 */
export function opensWithSummarySubject(text: string): boolean {
	return OPENS_WITH_SUMMARY.test(text);
}
