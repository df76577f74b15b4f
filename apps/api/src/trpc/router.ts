import { accountRouter } from "../routers/account.js";
import { actorRouter } from "../routers/actor.js";
import { auditRouter } from "../routers/audit.js";
import { bodyRouter } from "../routers/body.js";
import { boundaryRouter } from "../routers/boundary.js";
import { coverageRouter } from "../routers/coverage.js";
import { dashboardRouter } from "../routers/dashboard.js";
import { decisionRouter } from "../routers/decision.js";
import { exchangeRouter } from "../routers/exchange.js";
import { feedbackRouter } from "../routers/feedback.js";
import { fieldOfActionRouter } from "../routers/field-of-action.js";
import { fundingApplicationRouter } from "../routers/funding-application.js";
import { fundingProgrammeRouter } from "../routers/funding-programme.js";
import { goalRouter } from "../routers/goal.js";
import { indicatorRouter } from "../routers/indicator.js";
import { leitbildRouter } from "../routers/leitbild.js";
import { lifePhaseRouter } from "../routers/life-phase.js";
import { meetingRouter } from "../routers/meeting.js";
import { observationRouter } from "../routers/observation.js";
import { offerRouter } from "../routers/offer.js";
import { offerProposalRouter } from "../routers/offer-proposal.js";
import { qualityAssessmentRouter } from "../routers/quality-assessment.js";
import { reportRouter } from "../routers/report.js";
import { territoryRouter } from "../routers/territory.js";
import { transitionRouter } from "../routers/transition.js";
import { youthOfficeRouter } from "../routers/youth-office.js";
import { createCallerFactory, router } from "./init.js";

/** The whole API: one router per aggregate. Frontends import only its type. */
export const appRouter = router({
  account: accountRouter,
  dashboard: dashboardRouter,
  audit: auditRouter,
  territory: territoryRouter,
  youthOffice: youthOfficeRouter,
  boundary: boundaryRouter,
  lifePhase: lifePhaseRouter,
  transition: transitionRouter,
  fieldOfAction: fieldOfActionRouter,
  actor: actorRouter,
  offer: offerRouter,
  offerProposal: offerProposalRouter,
  coverage: coverageRouter,
  leitbild: leitbildRouter,
  goal: goalRouter,
  indicator: indicatorRouter,
  observation: observationRouter,
  body: bodyRouter,
  meeting: meetingRouter,
  decision: decisionRouter,
  fundingProgramme: fundingProgrammeRouter,
  fundingApplication: fundingApplicationRouter,
  qualityAssessment: qualityAssessmentRouter,
  exchange: exchangeRouter,
  report: reportRouter,
  feedback: feedbackRouter,
});

export type AppRouter = typeof appRouter;

/** Calls procedures directly, without HTTP: for tests, the seed and the CLI. */
export const createCaller = createCallerFactory(appRouter);
