// The shape every state machine of the platform takes (quarterly reports and periods now; collections and problems
// next): states, transitions as data, named state sets, and one question both the write guards and the views ask.
// Pure: no database, no session; unit-tested as a matrix.
import { can, type Permission } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";

/** Where a transition refuses to go from a state, and why (an i18n key the data layer turns into an error). */
export interface Refused<Refusal extends string> {
  refuse: Refusal;
}

export interface TransitionSpec<State extends string, Subject, Refusal extends string> {
  /** Who may: the permission the actor needs (lib/auth/permissions.ts) */
  permission: Permission;
  /**
   * Every state decided: the state the subject moves to, or why it may not. A full record, so that adding a state
   * does not compile until each transition says what it does there.
   */
  moves: Record<State, State | Refused<Refusal>>;
  /** A condition beyond the state (the period being open, a report not yet reopened): why not, or null */
  guard?: (subject: Subject) => Refusal | null;
}

export type Decision<State extends string, Refusal extends string> =
  { isAllowed: true; to: State } | { isAllowed: false; refusal: Refusal };

export function refuse<Refusal extends string>(refusal: Refusal): Refused<Refusal> {
  return { refuse: refusal };
}

/**
 * A state machine from its spec. `decide` answers for the subject alone (the write guards, after their permission
 * check); `isAllowed` and `allowedActions` add the role (the views, which only show what the guards would allow).
 */
export function defineWorkflow<
  State extends string,
  Action extends string,
  Subject extends { state: State },
  Refusal extends string,
  SetName extends string,
>(spec: {
  states: readonly State[];
  /** The state of a subject that has no row yet */
  initial: State;
  transitions: Record<Action, TransitionSpec<State, Subject, Refusal>>;
  /** Named groups of states that queries and views filter by */
  sets: Record<SetName, readonly State[]>;
  /** Where the refusals' messages live: `errors.<refusalMessages>.<refusal>` */
  refusalMessages: string;
}) {
  const actions = Object.keys(spec.transitions) as Action[];

  function decide(action: Action, subject: Subject): Decision<State, Refusal> {
    const transition = spec.transitions[action];
    const move: State | Refused<Refusal> = transition.moves[subject.state];
    if (typeof move === "object") return { isAllowed: false, refusal: move.refuse };
    const refusal = transition.guard?.(subject) ?? null;
    return refusal === null ? { isAllowed: true, to: move } : { isAllowed: false, refusal };
  }

  function isAllowed(role: Role, action: Action, subject: Subject): boolean {
    return can(role, spec.transitions[action].permission) && decide(action, subject).isAllowed;
  }

  return {
    states: spec.states,
    initial: spec.initial,
    actions,
    sets: spec.sets,
    decide,
    /**
     * The state `action` moves the subject to, or the refusal as an INVALID_STATE error: what a write guard calls
     * after its permission and scope checks, before it writes anything.
     */
    transition(action: Action, subject: Subject): State {
      const decision = decide(action, subject);
      if (!decision.isAllowed)
        throw new AppError("INVALID_STATE", { messageKey: `${spec.refusalMessages}.${decision.refusal}` });
      return decision.to;
    },
    isAllowed,
    /** The actions the role may take on the subject now. */
    allowedActions: (role: Role, subject: Subject): Action[] =>
      actions.filter((action) => isAllowed(role, action, subject)),
    permissionOf: (action: Action): Permission => spec.transitions[action].permission,
    isIn: (set: SetName, state: State): boolean => spec.sets[set].includes(state),
  };
}
