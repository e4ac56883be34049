import { z } from "zod";
import { pageNumber, plainText, requiredId } from "./common";
import { proposableSchoolFields } from "./schools";

/**
 * What a proposal stores: only the fields that differ from the register, each parsed as the school edit form parses
 * it (the same field schemas, picked from it, not copied).
 */
export const schoolProposalChangesSchema = proposableSchoolFields.partial();
export type SchoolProposalChanges = z.infer<typeof schoolProposalChangesSchema>;

export const PROPOSAL_NOTE_MAX = 500;
const note = plainText().trim().min(1, "required").max(PROPOSAL_NOTE_MAX, "tooLong");

/**
 * 提出更正: the form sends every proposable field (prefilled with the register's values) and a note; the server keeps
 * only the fields that differ from the school as it is now.
 */
export const proposeSchoolCorrectionSchema = proposableSchoolFields.extend({ schoolId: requiredId, note });
export type ProposeSchoolCorrectionInput = z.infer<typeof proposeSchoolCorrectionSchema>;

export const schoolProposalIdSchema = z.object({ id: requiredId });

/** 驳回 needs a reason the principal can read. */
export const rejectSchoolProposalSchema = z.object({ id: requiredId, reason: note });
export type RejectSchoolProposalInput = z.infer<typeof rejectSchoolProposalSchema>;

export const schoolProposalListQuerySchema = z.object({ page: pageNumber });
