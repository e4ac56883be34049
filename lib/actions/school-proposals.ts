"use server";

import {
  acceptSchoolProposal,
  rejectSchoolProposal,
  withdrawSchoolProposal,
} from "@/lib/data/school-proposals/decide-school-proposal";
import { proposeSchoolCorrection } from "@/lib/data/school-proposals/propose-school-correction";
import {
  proposeSchoolCorrectionSchema,
  rejectSchoolProposalSchema,
  schoolProposalIdSchema,
} from "@/lib/schemas/school-proposals";
import { defineAction, EVERY_PAGE } from "./builder";

const PROPOSAL_PAGES = [
  { path: "/schools", type: "layout" as const },
  { path: "/schools/proposals", type: "page" as const },
];

// A proposal changes no figure until it is accepted: only the school's pages and the review list are stale.
export const proposeSchoolCorrectionAction = defineAction({
  name: "proposeSchoolCorrectionAction",
  schema: proposeSchoolCorrectionSchema,
  run: proposeSchoolCorrection,
  revalidate: PROPOSAL_PAGES,
  success: "schoolProposals.proposed",
});

export const withdrawSchoolProposalAction = defineAction({
  name: "withdrawSchoolProposalAction",
  schema: schoolProposalIdSchema,
  run: withdrawSchoolProposal,
  revalidate: PROPOSAL_PAGES,
  success: "schoolProposals.withdrawn",
});

// An accepted proposal is a school edit: every page is stale, as after the county's own edit.
export const acceptSchoolProposalAction = defineAction({
  name: "acceptSchoolProposalAction",
  schema: schoolProposalIdSchema,
  run: acceptSchoolProposal,
  revalidate: [EVERY_PAGE],
  success: "schoolProposals.accepted",
});

export const rejectSchoolProposalAction = defineAction({
  name: "rejectSchoolProposalAction",
  schema: rejectSchoolProposalSchema,
  run: rejectSchoolProposal,
  revalidate: PROPOSAL_PAGES,
  success: "schoolProposals.rejected",
});
