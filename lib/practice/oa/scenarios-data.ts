import type { RoleFamily } from '../../families/ids';
import type { PrincipleId } from '../../principles/ids';

/**
 * Work Simulation and situational-judgement practice, in our own words: short workplace
 * scenarios (an email, a chat message, a meeting), each with four responses to rank from most to
 * least effective. Every response names the Leadership Principles it shows and why; `strength`
 * is our reading of the order (1 strongest), which the feedback explains rather than asserts.
 * `families: 'all'` scenarios fit any role; the others add situations from a family's own work.
 */

export interface ScenarioResponse {
  /** 'a'..'d', stable within the scenario. */
  readonly id: string;
  readonly text: string;
  readonly lps: readonly PrincipleId[];
  /** Why the response reads the way it does, for the feedback. */
  readonly why: string;
  /** Our reading of its place, 1 (strongest) to 4. */
  readonly strength: 1 | 2 | 3 | 4;
}

export interface Scenario {
  readonly id: string;
  readonly families: 'all' | readonly RoleFamily[];
  readonly channel: 'email' | 'chat' | 'meeting';
  readonly title: string;
  readonly prompt: string;
  readonly responses: readonly [
    ScenarioResponse,
    ScenarioResponse,
    ScenarioResponse,
    ScenarioResponse,
  ];
}

const r = (
  id: string,
  strength: ScenarioResponse['strength'],
  lps: readonly PrincipleId[],
  text: string,
  why: string,
): ScenarioResponse => ({ id, text, lps, why, strength });

export const scenarios: readonly Scenario[] = [
  {
    id: 'sj-customer-late',
    families: 'all',
    channel: 'email',
    title: 'A customer escalation',
    prompt:
      'A customer writes that the weekly delivery they depend on is late for the second week running, and that they are looking at other suppliers. Your manager is away until Monday. What do you do?',
    responses: [
      r(
        'a',
        1,
        ['customer-obsession', 'ownership'],
        'Reply today: say what you know, find out why it is late, and tell them when they will hear from you next.',
        'It answers the customer the same day, takes the problem on without waiting for the manager, and promises only what you can keep.',
      ),
      r(
        'b',
        3,
        ['earn-trust'],
        'Write back that you are sorry and that your manager will be in touch on Monday.',
        'It is polite, but it leaves the customer waiting four days and hands the problem to someone else.',
      ),
      r(
        'c',
        2,
        ['dive-deep'],
        'Trace the two late deliveries to their cause before you reply, so that your answer is complete.',
        'Finding the cause matters, but the customer hears nothing while you look.',
      ),
      r(
        'd',
        4,
        [],
        'Forward the email to your manager and wait for instructions.',
        'Nobody acts until Monday, and the customer is left to decide on their own.',
      ),
    ],
  },
  {
    id: 'sj-unreviewed-signoff',
    families: 'all',
    channel: 'chat',
    title: 'A sign-off you have not checked',
    prompt:
      'A colleague messages: "Can you approve my document in the next ten minutes? The review is at 3 and nobody else has looked at it." You have not read it. What do you do?',
    responses: [
      r(
        'a',
        1,
        ['insist-on-the-highest-standards', 'earn-trust'],
        'Say you will read the key sections now and approve what you have checked, naming what you have not.',
        'You help within the time while being honest about what your approval covers.',
      ),
      r(
        'b',
        4,
        [],
        'Approve it: they know the work better than you do.',
        'An approval nobody has checked tells the review something untrue.',
      ),
      r(
        'c',
        3,
        ['insist-on-the-highest-standards'],
        'Decline: ten minutes is not enough to review it properly.',
        'It keeps the bar, but leaves your colleague with no help at all.',
      ),
      r(
        'd',
        2,
        ['earn-trust', 'bias-for-action'],
        'Ask them to tell the review it has not been checked yet, and offer to read it straight after.',
        'It is honest and helpful, though the review goes ahead without any check.',
      ),
    ],
  },
  {
    id: 'sj-two-asks',
    families: 'all',
    channel: 'email',
    title: 'Two asks for the same Friday',
    prompt:
      'Two senior stakeholders each ask you for a different piece of work by Friday. You can finish one of them well, or both badly. What do you do?',
    responses: [
      r(
        'a',
        1,
        ['deliver-results', 'earn-trust'],
        'Tell both today what you can deliver, propose an order based on which deadline matters more to customers, and ask them to confirm.',
        'It raises the conflict early, in the open, with a proposal rather than a problem.',
      ),
      r(
        'b',
        3,
        ['bias-for-action'],
        'Start the one you think matters more and tell the other stakeholder on Friday.',
        'It gets work moving, but the second stakeholder finds out too late to plan around it.',
      ),
      r(
        'c',
        4,
        [],
        'Do both as well as you can and hope the quality is good enough.',
        'Neither stakeholder gets what they need, and neither knew there was a trade-off.',
      ),
      r(
        'd',
        2,
        ['ownership'],
        'Ask your manager to decide between them.',
        'It surfaces the conflict, but hands away a call you could propose yourself.',
      ),
    ],
  },
  {
    id: 'sj-metric-overnight',
    families: [
      'data-scientist',
      'applied-scientist',
      'data-engineer',
      'business-intelligence',
      'product-manager',
    ],
    channel: 'chat',
    title: 'A metric that moved overnight',
    prompt:
      'The daily dashboard shows conversion down 18% overnight. A director has already asked in the team channel what happened. You have not looked yet. What do you do?',
    responses: [
      r(
        'a',
        1,
        ['dive-deep', 'earn-trust'],
        'Reply that you are on it and will report within the hour, then check the data pipeline and the segments before naming a cause.',
        'It answers at once, sets a time, and checks whether the drop is real before explaining it.',
      ),
      r(
        'b',
        3,
        ['bias-for-action'],
        'Tell the director it is probably last night’s release and ask the engineers to roll it back.',
        'It acts fast, but on a guess; the drop may be a broken data feed.',
      ),
      r(
        'c',
        2,
        ['dive-deep'],
        'Work through every segment and report once you are certain.',
        'Thorough, but the director hears nothing for hours.',
      ),
      r(
        'd',
        4,
        [],
        'Wait a day to see whether the number recovers.',
        'If the drop is real, a day of lost conversions goes unexplained.',
      ),
    ],
  },
  {
    id: 'sj-risky-change',
    families: [
      'software-engineer',
      'engineering-manager',
      'technical-program-manager',
      'support-engineer',
      'data-engineer',
      'solutions-architect',
    ],
    channel: 'chat',
    title: 'A risky change before a launch',
    prompt:
      'The night before a launch, a teammate asks you to approve a large change they want to ship with it. It touches payment code and has no tests. What do you do?',
    responses: [
      r(
        'a',
        1,
        ['insist-on-the-highest-standards', 'have-backbone-disagree-and-commit'],
        'Say you will not approve it for tonight, explain the risk, and offer to help split out the part the launch needs, with tests.',
        'It holds the bar on risky code, says so plainly, and still helps the launch.',
      ),
      r(
        'b',
        4,
        [],
        'Approve it: they have been working on it for weeks.',
        'Untested payment code shipped the night before launch puts customers’ money at risk.',
      ),
      r(
        'c',
        2,
        ['earn-trust', 'ownership'],
        'Raise it with the launch owner and let them decide tonight.',
        'The risk reaches the person who owns the launch, but you offer no way forward.',
      ),
      r(
        'd',
        3,
        ['bias-for-action'],
        'Approve it and plan to write the tests after the launch.',
        'It keeps the launch moving but accepts a risk you could have avoided.',
      ),
    ],
  },
  {
    id: 'sj-dependency-slips',
    families: [
      'technical-program-manager',
      'program-manager',
      'product-manager',
      'engineering-manager',
    ],
    channel: 'meeting',
    title: 'A dependency that slips',
    prompt:
      'In a status meeting, a partner team says the service your launch depends on will be three weeks late. Your launch date has been announced to customers. What do you do?',
    responses: [
      r(
        'a',
        1,
        ['ownership', 'deliver-results', 'invent-and-simplify'],
        'Work out with the partner team what part could land on time, list options for the launch (smaller scope, a workaround, a new date), and bring a recommendation to the owners this week.',
        'It takes the slip on as your problem and turns it into choices with a recommendation.',
      ),
      r(
        'b',
        3,
        ['earn-trust'],
        'Tell customers right away that the launch is delayed.',
        'Honest, but it decides the outcome before anyone has looked for another way.',
      ),
      r(
        'c',
        4,
        [],
        'Note the risk in the status report and wait for the partner team’s new plan.',
        'The launch slips by default while nobody owns the answer.',
      ),
      r(
        'd',
        2,
        ['have-backbone-disagree-and-commit'],
        'Escalate to the partner team’s director and ask them to keep the original date.',
        'It pushes for the commitment, but rarely changes what the team can build.',
      ),
    ],
  },
  {
    id: 'sj-research-vs-exec',
    families: ['ux-design', 'product-manager'],
    channel: 'email',
    title: 'Research that contradicts a leader',
    prompt:
      'A vice president asks for a design they sketched. Your usability tests show that most participants could not finish the main task with it. The review is tomorrow. What do you do?',
    responses: [
      r(
        'a',
        1,
        ['customer-obsession', 'have-backbone-disagree-and-commit'],
        'Bring the sketch and an alternative to the review, with clips of participants failing the task, and recommend the alternative.',
        'It puts the customers’ experience in front of the leader with evidence, and offers a way forward.',
      ),
      r(
        'b',
        4,
        [],
        'Build the sketch as asked: it is the vice president’s call.',
        'Customers get a design you know they struggle with, and the leader never hears why.',
      ),
      r(
        'c',
        2,
        ['dive-deep'],
        'Ask for a week to run a larger study before the review.',
        'More evidence helps, but it delays a decision the current results already support.',
      ),
      r(
        'd',
        3,
        ['earn-trust'],
        'Mention your concerns to the vice president privately, but present their design.',
        'It raises the issue, but leaves the evidence out of the room where the decision is made.',
      ),
    ],
  },
  {
    id: 'sj-customer-outage',
    families: ['solutions-architect', 'support-engineer', 'sales-account'],
    channel: 'email',
    title: 'An angry customer during an outage',
    prompt:
      'A large customer emails your team during an outage that is not caused by your product. Their CTO asks why nobody has told them anything. What do you do?',
    responses: [
      r(
        'a',
        1,
        ['customer-obsession', 'earn-trust'],
        'Reply within minutes with what you know, what you are checking, and when you will update them next, then keep to that time.',
        'The customer hears from you at once and knows when to expect more, which is what they asked for.',
      ),
      r(
        'b',
        3,
        ['dive-deep'],
        'Prove first that the outage is not yours, then reply with the evidence.',
        'Accurate, but the customer waits while you build a case.',
      ),
      r(
        'c',
        4,
        [],
        'Reply that the outage is outside your product and close the ticket.',
        'Correct on paper, but it leaves the customer alone with their problem.',
      ),
      r(
        'd',
        2,
        ['ownership'],
        'Call the customer and stay with them until their service is back, whoever’s fault it is.',
        'It owns the customer’s problem, though a written update reaches more of their team.',
      ),
    ],
  },
  {
    id: 'sj-discount-ask',
    families: ['sales-account'],
    channel: 'meeting',
    title: 'A promise that is not yours to make',
    prompt:
      'At the end of a call, a customer says they will sign today if you promise a feature that is not on the roadmap. Your quarter closes on Friday. What do you do?',
    responses: [
      r(
        'a',
        1,
        ['earn-trust', 'customer-obsession'],
        'Say you cannot promise it, ask what problem the feature would solve, and offer to bring that to the product team with a date for an answer.',
        'It keeps your word worth something and turns the ask into a customer need the team can act on.',
      ),
      r(
        'b',
        4,
        [],
        'Promise the feature: the product team can work it out later.',
        'A promise nobody can keep wins one deal and loses the customer’s trust.',
      ),
      r(
        'c',
        3,
        ['deliver-results'],
        'Offer a discount instead, to close before Friday.',
        'It may close the deal, but it does not answer what the customer needs.',
      ),
      r(
        'd',
        2,
        ['dive-deep'],
        'Ask the product team whether the feature could be built before you reply.',
        'It checks the facts, but the customer leaves the call with no answer.',
      ),
    ],
  },
  {
    id: 'sj-peak-safety',
    families: ['operations'],
    channel: 'meeting',
    title: 'A safety issue at peak',
    prompt:
      'On the busiest night of the year, an associate shows you that a conveyor guard is loose. Stopping the line for a fix would cost about an hour of output. What do you do?',
    responses: [
      r(
        'a',
        1,
        ['strive-to-be-earths-best-employer', 'ownership'],
        'Stop that line, have it fixed, move people to the other lines, and report the lost hour to your manager with the reason.',
        'Nobody works next to a known hazard, and you take the output hit on yourself, openly.',
      ),
      r(
        'b',
        4,
        [],
        'Keep running and log a repair for the morning.',
        'It puts output ahead of someone’s safety on the night the line runs hardest.',
      ),
      r(
        'c',
        2,
        ['earn-trust'],
        'Call your manager and ask whether to stop the line.',
        'It raises the hazard, but waits for permission to do what is clearly right.',
      ),
      r(
        'd',
        3,
        ['bias-for-action', 'frugality'],
        'Tape the guard in place and keep the line moving.',
        'Quick and cheap, but a temporary fix on a safety guard is still a risk.',
      ),
    ],
  },
  {
    id: 'sj-skip-step',
    families: ['hr-recruiting'],
    channel: 'chat',
    title: 'A hiring manager who wants to skip a step',
    prompt:
      'A hiring manager messages that they love a candidate and want to make an offer today, skipping the last interview. The candidate has another offer. What do you do?',
    responses: [
      r(
        'a',
        1,
        ['insist-on-the-highest-standards', 'hire-and-develop-the-best'],
        'Keep the last interview but move it to today or tomorrow, and tell the candidate when they will have an answer.',
        'It keeps the hiring bar while moving fast enough not to lose the candidate.',
      ),
      r(
        'b',
        4,
        [],
        'Make the offer today as asked.',
        'Skipping the bar once makes it easier to skip again, and the team may hire the wrong person.',
      ),
      r(
        'c',
        3,
        ['have-backbone-disagree-and-commit'],
        'Refuse: the process is the process.',
        'It holds the bar, but does nothing about the real risk of losing the candidate.',
      ),
      r(
        'd',
        2,
        ['earn-trust'],
        'Ask the candidate how long they can wait before deciding.',
        'Useful to know, but it does not settle what the team will do.',
      ),
    ],
  },
  {
    id: 'sj-close-error',
    families: ['finance', 'business-intelligence'],
    channel: 'email',
    title: 'An error the day before close',
    prompt:
      'The day before month-end close, you find that a forecast you sent last week overstated revenue by 4%. Leaders have already used it in a plan. What do you do?',
    responses: [
      r(
        'a',
        1,
        ['earn-trust', 'dive-deep'],
        'Tell the people who used it today, with the corrected figure, what caused the error and what you changed so it does not recur.',
        'It owns the mistake quickly and gives people what they need to fix their plan.',
      ),
      r(
        'b',
        3,
        ['insist-on-the-highest-standards'],
        'Correct the model quietly and send the right number next month.',
        'The model is fixed, but leaders plan on a number you know is wrong.',
      ),
      r(
        'c',
        2,
        ['dive-deep'],
        'Recheck every other figure in the forecast before telling anyone.',
        'Careful, but the known error stays in use while you check.',
      ),
      r(
        'd',
        4,
        [],
        'Leave it: 4% is within the usual forecast error.',
        'A known error passed off as noise costs trust when it comes out.',
      ),
    ],
  },
  {
    id: 'sj-struggling-report',
    families: ['engineering-manager', 'operations', 'hr-recruiting'],
    channel: 'meeting',
    title: 'A report who is struggling',
    prompt:
      'A strong member of your team has missed three deadlines in a month and seems withdrawn in meetings. A peer suggests moving their project to someone else. What do you do?',
    responses: [
      r(
        'a',
        1,
        ['strive-to-be-earths-best-employer', 'hire-and-develop-the-best'],
        'Talk with them privately this week, ask what is going on, and agree together on what support or change of load would help.',
        'It starts with the person, not the project, and keeps them part of the decision.',
      ),
      r(
        'b',
        3,
        ['deliver-results'],
        'Move the project to protect the deadline, and tell them afterwards.',
        'The deadline is safer, but the person learns about it after the fact.',
      ),
      r(
        'c',
        4,
        [],
        'Wait and see whether things improve next month.',
        'Another month of missed work and no support for the person.',
      ),
      r(
        'd',
        2,
        ['insist-on-the-highest-standards'],
        'Tell them plainly that the deadlines are a problem and must improve.',
        'Clear about the standard, but it does not ask why the work slipped.',
      ),
    ],
  },
  {
    id: 'sj-model-bias',
    families: ['applied-scientist', 'data-scientist'],
    channel: 'chat',
    title: 'A model that does worse for some customers',
    prompt:
      'A model you trained beats the old one overall, and the launch is next week. Checking segments, you see it does clearly worse for customers in one region. What do you do?',
    responses: [
      r(
        'a',
        1,
        ['success-and-scale-bring-broad-responsibility', 'dive-deep', 'earn-trust'],
        'Report the gap to the launch owner with the numbers, propose a fix or a launch that excludes that region, and say what each option costs.',
        'It makes the harm visible with data and turns it into a decision the owner can make.',
      ),
      r(
        'b',
        4,
        [],
        'Launch as planned: the overall number is better.',
        'Customers in one region get a worse experience that nobody chose knowingly.',
      ),
      r(
        'c',
        2,
        ['insist-on-the-highest-standards'],
        'Delay the launch until the model is better for every region.',
        'It protects those customers, but may hold back a gain for everyone else without a discussion.',
      ),
      r(
        'd',
        3,
        ['learn-and-be-curious'],
        'Note it as future work in the launch document.',
        'It is written down, but nobody has to decide anything before launch.',
      ),
    ],
  },
];
